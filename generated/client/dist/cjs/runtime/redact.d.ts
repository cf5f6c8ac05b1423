export declare const REDACTED = "[redacted]";
export declare function redact<T>(value: T, depth?: number): T;
