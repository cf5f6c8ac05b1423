export declare const isJsonMediaType: (type: string) => boolean;
/** The documented key for a status: exact (`200`), then its range (`4XX`), then `default`. */
export declare function documentedStatus(responses: Record<string, unknown>, status: number): string | undefined;
