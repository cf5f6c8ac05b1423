/// <reference types="node" />
// Ciphertext in documented examples is under the vendor's key, which no other target can decrypt. The kit encrypts
// its own test values instead, under the key the TARGET publishes (its key endpoint), with RSA-OAEP SHA-256 as
// connectFi documents. The test values are fixed test data (a Visa test card number), never printed: only the
// ciphertext goes on the wire and into curl lines.
import { constants, publicEncrypt } from "node:crypto";
import { describeAnswer, judge } from "./answer-check.js";
import { curlOf } from "./curl.js";
import { call, prepare, setAt } from "./session.js";
const TEST_PAN = "4111111111111111";
const TEST_CVV = "123";
const TEST_PIN = "1234";
const TEST_ACCOUNT = "1234567890";
function plaintextOf(kind) {
	if (kind === "secret") return TEST_PIN;
	if (kind === "number") return TEST_ACCOUNT;
	const expiry = new Date();
	return `${TEST_PAN}|${expiry.getUTCFullYear() + 2}${String(expiry.getUTCMonth() + 1).padStart(2, "0")}|${TEST_CVV}`;
}
function keysIn(value, found = []) {
	if (Array.isArray(value)) for (const v of value) keysIn(v, found);
	else if (value && typeof value === "object") {
		const node = value;
		if (typeof node.pem === "string" && /PUBLIC KEY/.test(node.pem)) {
			// The key's id: beside the PEM, or the JWK's `kid`.
			const keyId = typeof node.keyId === "string" ? node.keyId : node.jwk?.kid;
			found.push({
				pem: node.pem,
				...typeof keyId === "string" ? { keyId } : {}
			});
		} else for (const v of Object.values(node)) keysIn(v, found);
	}
	return found;
}
/** The target's published keys, fetched once per run through the contract's key endpoint. */
export function targetKeys(session) {
	return session.keys ??= (async () => {
		const op = session.table.publicKeys ? session.table.operations.find((o) => o.operationId === session.table.publicKeys) : undefined;
		if (!op) return { problem: "the contract documents no public key endpoint" };
		const ex = await call(session, op, prepare(session, op, op.positives[0].request));
		const { problems } = judge(op, ex, session.validators);
		const keys = problems.length || ex.status >= 300 ? [] : keysIn(ex.json);
		if (keys.length) return { keys };
		return {
			problem: `the target publishes no public key at ${op.method} ${op.path} (${op.operationId}) (${problems[0] ?? `answered ${describeAnswer(ex)}`})`,
			curl: curlOf(ex.request, session.secrets)
		};
	})();
}
function encrypt(plaintext, key, encoding) {
	const bytes = publicEncrypt({
		key: key.pem,
		padding: constants.RSA_PKCS1_OAEP_PADDING,
		oaepHash: "sha256"
	}, Buffer.from(plaintext, "utf8"));
	return encoding === "base64url" ? bytes.toString("base64url") : bytes.toString("base64");
}
/**
* The request with each ciphertext replaced by a test value under the target's key; without a published key, the
* request as documented and why (`shortfall`).
*/
export async function withTargetCiphertext(session, positive, request) {
	if (!positive.encrypted?.length || request.body === undefined) return { request };
	const published = await targetKeys(session);
	if ("problem" in published) {
		return {
			request,
			shortfall: {
				needsState: `example ${positive.example} carries ciphertext under the vendor's key (${positive.encrypted.map((f) => f.path.join(".")).join(", ")}), which the target cannot decrypt, and ${published.problem}`,
				curl: published.curl
			}
		};
	}
	const key = published.keys[0];
	let body = request.body;
	for (const field of positive.encrypted) {
		body = setAt(body, field.path, encrypt(plaintextOf(field.plaintext), key, field.encoding));
		if (field.keyIdPath && key.keyId) body = setAt(body, field.keyIdPath, key.keyId);
	}
	return { request: {
		...request,
		body
	} };
}
