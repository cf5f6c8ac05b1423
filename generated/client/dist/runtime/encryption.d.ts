/**
* The public types name their own shapes instead of the DOM's `JsonWebKey` and `CryptoKey`: a Node project without
* the DOM lib (`lib: ["ES2022"]`, `types: ["node"]`) has neither global, and its type-check of this package's
* declarations would fail. The WebCrypto values are structurally compatible both ways.
*/
/** An RSA public key as a JWK (`kty: "RSA"` with modulus `n` and exponent `e`, base64url). */
export interface RsaPublicJwk {
	kty?: string;
	n?: string;
	e?: string;
	alg?: string;
	ext?: boolean;
	key_ops?: string[];
	use?: string;
}
/** A WebCrypto key (`CryptoKey`) already imported for RSA-OAEP encryption. */
export interface ImportedPublicKey {
	readonly type: string;
	readonly extractable: boolean;
	readonly algorithm: {
		name: string;
	};
	readonly usages: string[];
}
/** A public key as connectFi publishes it (PEM `-----BEGIN PUBLIC KEY-----`, or JWK), or one already imported. */
export type PublicKeyInput = string | RsaPublicJwk | ImportedPublicKey;
export declare const toBase64Url: (bytes: Uint8Array) => string;
export declare function importPublicKey(key: PublicKeyInput): Promise<ImportedPublicKey>;
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
