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
export declare const achStatusChanged: typeof validate28;
declare function validate28(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate28 {
    var evaluated: {
        props: {
            cFiTransactionId: boolean;
            reference: boolean;
            cFiAggregatorId: boolean;
            status: boolean;
            dtsCreatedAt: boolean;
            effectiveEntryDate: boolean;
            individualName: boolean;
            routingNumber: boolean;
            amount: boolean;
            currency: boolean;
            DFIAccountNumber: boolean;
            returnCode: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const billsStatusChanged: typeof validate31;
declare function validate31(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate31 {
    var evaluated: {
        props: {
            reference: boolean;
            cFiTransactionId: boolean;
            merchantId: boolean;
            cFiTraceNumber: boolean;
            status: boolean;
            amount: boolean;
            currency: boolean;
            dtsCreated: boolean;
            billerId: boolean;
            batchId: boolean;
            dtsSent: boolean;
            processing: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const cardStatusChanged: typeof validate36;
declare function validate36(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate36 {
    var evaluated: {
        props: {
            cFiTransactionId: boolean;
            reference: boolean;
            cFiAggregatorId: boolean;
            cFiCardId: boolean;
            transferType: boolean;
            amount: boolean;
            currency: boolean;
            narrative: boolean;
            status: boolean;
            reversalStatus: boolean;
            dtsCreatedAt: boolean;
            dtsCompleted: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const wireStatusChanged: typeof validate39;
declare function validate39(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate39 {
    var evaluated: {
        props: {
            status: boolean;
            amount: boolean;
            currency: boolean;
            reference: boolean;
            cFiTransactionId: boolean;
            transactionReceiptId: boolean;
            dtsCreatedAt: boolean;
            dtsCompleted: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const comboStatusChanged: typeof validate42;
declare function validate42(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate42 {
    var evaluated: {
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const checkStatusChanged: typeof validate60;
declare function validate60(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate60 {
    var evaluated: {
        props: {
            boStatus: boolean;
            boStatusDate: boolean;
            boDatePrinted: boolean;
            boTracking: boolean;
            dtsSent: boolean;
            cFiCheckId: boolean;
            reference: boolean;
            serial: boolean;
            amount: boolean;
            currency: boolean;
            cFiAggregatorId: boolean;
            cFiCheckStatus: boolean;
            initVoid: boolean;
            webhookUrl: boolean;
            dtsCreatedAt: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export {};
