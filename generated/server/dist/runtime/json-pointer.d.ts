export declare const encodeSegment: (name: string | number) => string;
export declare const decodeSegment: (segment: string) => string;
/** `/a/b~1c` -> ['a', 'b/c']. */
export declare const segmentsOf: (pointer: string) => string[];
