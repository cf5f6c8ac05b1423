export declare const REDACTED = "[redacted]";
export declare const isSecretKey: (key: string) => boolean;
export declare function redact<T>(value: T, depth?: number): T;
