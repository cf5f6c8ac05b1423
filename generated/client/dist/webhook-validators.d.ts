export declare const akepaStatusChanged: typeof validate20;
declare function validate20(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate20 {
    var evaluated: {
        props: {
            code: boolean;
            data: boolean;
            requestId: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export {};
