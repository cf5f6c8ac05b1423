// connectFi's field encryption with WebCrypto (Node >= 20 and browsers): RSA-OAEP with SHA-256 under a public key.
// Cards: `PAN|YYYYMM|CVV` into `card.encryptedData`, base64url without padding. Bills: the account number into
// `accountNumberEncrypted`, standard base64.
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
var encryption_exports = {};
__export(encryption_exports, {
  cardPlaintext: () => cardPlaintext,
  encryptAccountNumber: () => encryptAccountNumber,
  encryptCardData: () => encryptCardData,
  importPublicKey: () => importPublicKey,
  toBase64Url: () => toBase64Url
});
module.exports = __toCommonJS(encryption_exports);
const OAEP = {
  name: "RSA-OAEP",
  hash: "SHA-256"
};
function subtle() {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("WebCrypto (crypto.subtle) is not available: use Node >= 20 or a browser in a secure context");
  return s;
}
function base64(bytes) {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
const toBase64Url = (bytes) => base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function pemToDer(pem) {
  const match = /-----BEGIN PUBLIC KEY-----([\s\S]+?)-----END PUBLIC KEY-----/.exec(pem);
  if (!match) throw new TypeError('The public key is not a PEM "PUBLIC KEY" (SPKI) block');
  const binary = atob(match[1].replace(/\s+/g, ""));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
async function importPublicKey(key) {
  if (typeof CryptoKey !== "undefined" && key instanceof CryptoKey) return key;
  if (typeof key === "string") return subtle().importKey("spki", pemToDer(key), OAEP, false, ["encrypt"]);
  if (key && typeof key === "object" && key.kty === "RSA") {
    const { kty, n, e } = key;
    return subtle().importKey("jwk", {
      kty,
      n,
      e,
      ext: true
    }, OAEP, false, ["encrypt"]);
  }
  throw new TypeError("The public key must be a PEM string, an RSA JWK or a CryptoKey");
}
async function encrypt(plaintext, key) {
  const cipher = await subtle().encrypt(OAEP, await importPublicKey(key), new TextEncoder().encode(plaintext));
  return new Uint8Array(cipher);
}
function expiryText(expiry) {
  const text = typeof expiry === "string" ? expiry : `${String(expiry?.year).padStart(4, "0")}${String(expiry?.month).padStart(2, "0")}`;
  if (!/^\d{4}(0[1-9]|1[0-2])$/.test(text)) throw new TypeError("The card expiry must be YYYYMM with a month 01-12");
  return text;
}
function cardPlaintext({ pan, expiry, cvv }) {
  if (typeof pan !== "string" || !/^\d{12,19}$/.test(pan)) throw new TypeError("The PAN must be 12 to 19 digits");
  if (typeof cvv !== "string" || !/^\d{3,4}$/.test(cvv)) throw new TypeError("The CVV must be 3 or 4 digits");
  return `${pan}|${expiryText(expiry)}|${cvv}`;
}
async function encryptCardData(card, publicKey) {
  return toBase64Url(await encrypt(cardPlaintext(card), publicKey));
}
async function encryptAccountNumber(accountNumber, publicKey) {
  if (typeof accountNumber !== "string" || accountNumber.trim() === "") throw new TypeError("The account number must be a non-empty string");
  return base64(await encrypt(accountNumber, publicKey));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cardPlaintext,
  encryptAccountNumber,
  encryptCardData,
  importPublicKey,
  toBase64Url
});
