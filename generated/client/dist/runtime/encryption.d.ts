/** A public key as connectFi publishes it (PEM `-----BEGIN PUBLIC KEY-----`, or JWK), or one already imported. */
export type PublicKeyInput = string | JsonWebKey | CryptoKey;
export declare const toBase64Url: (bytes: Uint8Array) => string;
export declare function importPublicKey(key: PublicKeyInput): Promise<CryptoKey>;
export interface CardData {
    /** 12 to 19 digits. */
    pan: string;
    /** `YYYYMM`, or the year and month. */
    expiry: string | {
        year: number;
        month: number;
    };
    /** 3 or 4 digits. */
    cvv: string;
}
/** The card plaintext connectFi decrypts: `PAN|YYYYMM|CVV`. Throws on a malformed part (never echoing the PAN). */
export declare function cardPlaintext({ pan, expiry, cvv }: CardData): string;
/** `card.encryptedData`: RSA-OAEP SHA-256 of `PAN|YYYYMM|CVV`, base64url without padding. */
export declare function encryptCardData(card: CardData, publicKey: PublicKeyInput): Promise<string>;
/** `accountNumberEncrypted` (bill payments): RSA-OAEP SHA-256 of the UTF-8 account number, standard base64. */
export declare function encryptAccountNumber(accountNumber: string, publicKey: PublicKeyInput): Promise<string>;
