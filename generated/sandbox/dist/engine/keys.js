// The sandbox's own RSA-2048 key pairs (primary and secondary), published at the key endpoints in PEM and JWK and
// used to decrypt what clients encrypt with them: RSA-OAEP with SHA-256, as the vendor documents for account and
// card data. The ciphertext may be standard base64 (bills) or base64url (cards).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, privateDecrypt, constants } from "node:crypto";
function generate() {
	const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
	return {
		privatePem: privateKey.export({
			type: "pkcs8",
			format: "pem"
		}).toString(),
		publicPem: publicKey.export({
			type: "spki",
			format: "pem"
		}).toString()
	};
}
/**
* Loaded on first use: generating two RSA-2048 pairs takes a few hundred milliseconds, which a fresh `:memory:`
* sandbox should not spend before it answers.
*/
export class LazySandboxKeys {
	store;
	loading;
	constructor(store) {
		this.store = store;
	}
	get() {
		return this.loading ??= SandboxKeys.load(this.store);
	}
}
export class SandboxKeys {
	keys;
	constructor(keys) {
		this.keys = keys;
	}
	static async load(store) {
		const keys = [];
		for (const name of ["primary", "secondary"]) {
			const pair = await store.keyPair(name, generate);
			const publicKey = createPublicKey(pair.publicPem);
			// 22 base64url characters, like the vendor's `keyId` example.
			const keyId = createHash("sha256").update(pair.publicPem).digest("base64url").slice(0, 22);
			const jwk = {
				...publicKey.export({ format: "jwk" }),
				alg: "RSA-OAEP-256",
				use: "enc",
				kid: keyId
			};
			keys.push({
				keyId,
				pem: pair.publicPem,
				jwk,
				privateKey: createPrivateKey(pair.privatePem)
			});
		}
		return new SandboxKeys(keys);
	}
	published() {
		return this.keys.map(({ keyId, pem, jwk }) => ({
			keyId,
			pem,
			jwk
		}));
	}
	/** The UTF-8 plaintext, or undefined when no key (the one named `keyId`, else any) decrypts it. */
	decrypt(ciphertext, keyId) {
		if (!/^[A-Za-z0-9+/_-]+=*$/.test(ciphertext)) return undefined;
		const bytes = Buffer.from(ciphertext.replace(/-/g, "+").replace(/_/g, "/"), "base64");
		const candidates = keyId ? this.keys.filter((k) => k.keyId === keyId) : this.keys;
		for (const key of candidates.length ? candidates : this.keys) {
			try {
				return privateDecrypt({
					key: key.privateKey,
					padding: constants.RSA_PKCS1_OAEP_PADDING,
					oaepHash: "sha256"
				}, bytes).toString("utf8");
			} catch {}
		}
		return undefined;
	}
}
