/** `length` base62 characters (the vendor's ids look like `CLIENTID_3A5dSDcMFdlWK54dj1cacU`). */
export declare function randomId(length?: number): string;
/** An id from the resource's prefix (`{aggregator}` is the caller's aggregator id), within the 36 characters of common-id. */
export declare function newId(prefix: string, aggregatorId: string): string;
/**
* A card or account number as it may be kept: the last 4 characters (and a card's 6-digit BIN) with `X` in between,
* same length, so it still fits the field's pattern.
*/
export declare function mask(value: string, kind?: "account" | "card"): string;
