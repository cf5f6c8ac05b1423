/// <reference types="node" />
// Ciphertext in documented examples is under the vendor's key, which no other target can decrypt. The kit encrypts
// its own test values instead, under the key the TARGET publishes (its key endpoint), with RSA-OAEP SHA-256 as
// connectFi documents. The test values are fixed test data (a Visa test card number), never printed: only the
// ciphertext goes on the wire and into curl lines.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var encrypt_exports = {};
__export(encrypt_exports, {
  targetKeys: () => targetKeys,
  withTargetCiphertext: () => withTargetCiphertext
});
module.exports = __toCommonJS(encrypt_exports);
var import_node_crypto = require("node:crypto");
var import_answer_check = require("./answer-check.js");
var import_curl = require("./curl.js");
var import_session = require("./session.js");
const TEST_PAN = "4111111111111111";
const TEST_CVV = "123";
const TEST_PIN = "1234";
const TEST_ACCOUNT = "1234567890";
function plaintextOf(kind) {
  if (kind === "secret") return TEST_PIN;
  if (kind === "number") return TEST_ACCOUNT;
  const expiry = /* @__PURE__ */ new Date();
  return `${TEST_PAN}|${expiry.getUTCFullYear() + 2}${String(expiry.getUTCMonth() + 1).padStart(2, "0")}|${TEST_CVV}`;
}
function keysIn(value, found = []) {
  if (Array.isArray(value)) for (const v of value) keysIn(v, found);
  else if (value && typeof value === "object") {
    const node = value;
    if (typeof node.pem === "string" && /PUBLIC KEY/.test(node.pem)) {
      const keyId = typeof node.keyId === "string" ? node.keyId : node.jwk?.kid;
      found.push({
        pem: node.pem,
        ...typeof keyId === "string" ? { keyId } : {}
      });
    } else for (const v of Object.values(node)) keysIn(v, found);
  }
  return found;
}
function targetKeys(session) {
  return session.keys ??= (async () => {
    const op = session.table.publicKeys ? session.table.operations.find((o) => o.operationId === session.table.publicKeys) : void 0;
    if (!op) return { problem: "the contract documents no public key endpoint" };
    const ex = await (0, import_session.call)(session, op, (0, import_session.prepare)(session, op, op.positives[0].request));
    const { problems } = (0, import_answer_check.judge)(op, ex, session.validators);
    const keys = problems.length || ex.status >= 300 ? [] : keysIn(ex.json);
    if (keys.length) return { keys };
    return {
      problem: `the target publishes no public key at ${op.method} ${op.path} (${op.operationId}) (${problems[0] ?? `answered ${(0, import_answer_check.describeAnswer)(ex)}`})`,
      curl: (0, import_curl.curlOf)(ex.request, session.secrets)
    };
  })();
}
function encrypt(plaintext, key, encoding) {
  const bytes = (0, import_node_crypto.publicEncrypt)({
    key: key.pem,
    padding: import_node_crypto.constants.RSA_PKCS1_OAEP_PADDING,
    oaepHash: "sha256"
  }, Buffer.from(plaintext, "utf8"));
  return encoding === "base64url" ? bytes.toString("base64url") : bytes.toString("base64");
}
async function withTargetCiphertext(session, positive, request) {
  if (!positive.encrypted?.length || request.body === void 0) return { request };
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
    body = (0, import_session.setAt)(body, field.path, encrypt(plaintextOf(field.plaintext), key, field.encoding));
    if (field.keyIdPath && key.keyId) body = (0, import_session.setAt)(body, field.keyIdPath, key.keyId);
  }
  return { request: {
    ...request,
    body
  } };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  targetKeys,
  withTargetCiphertext
});
