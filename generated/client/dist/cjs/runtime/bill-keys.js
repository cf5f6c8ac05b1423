// The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`): fetched once, cached for a
// while, shared by concurrent callers. connectFi publishes a primary and a secondary key, each as PEM and JWK;
// both encrypt the same way, so the primary is used and the secondary is the fallback.
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
var bill_keys_exports = {};
__export(bill_keys_exports, {
  BillKeyCache: () => BillKeyCache,
  readBillKeys: () => readBillKeys
});
module.exports = __toCommonJS(bill_keys_exports);
var import_encryption = require("./encryption.js");
function keyOf(value) {
  if (typeof value === "string" && value.includes("BEGIN PUBLIC KEY")) return value;
  if (!value || typeof value !== "object") return void 0;
  const entry = value;
  if (entry.kty === "RSA") return entry;
  for (const field of [
    "pem",
    "publicKey",
    "key",
    "jwk"
  ]) {
    const inner = keyOf(entry[field]);
    if (inner) return inner;
  }
  return void 0;
}
function readBillKeys(data) {
  const keys = data ?? {};
  const primary = keyOf(keys.primary) ?? keyOf(keys.primaryKey);
  if (!primary) throw new TypeError("The bill public-keys answer has no readable primary key (PEM or JWK)");
  return {
    primary,
    secondary: keyOf(keys.secondary) ?? keyOf(keys.secondaryKey)
  };
}
class BillKeyCache {
  fetchKeys;
  ttlMs;
  now;
  cached;
  pending;
  constructor(fetchKeys, ttlMs = 60 * 60 * 1e3, now = Date.now) {
    this.fetchKeys = fetchKeys;
    this.ttlMs = ttlMs;
    this.now = now;
  }
  async get(options) {
    if (this.cached && this.now() < this.cached.until) return this.cached.keys;
    this.pending ??= this.fetchKeys(options).then((data) => {
      const keys = readBillKeys(data);
      this.cached = {
        keys,
        until: this.now() + this.ttlMs
      };
      return keys;
    }).finally(() => {
      this.pending = void 0;
    });
    return this.pending;
  }
  /** `accountNumberEncrypted` for a bill payment, under the current primary key. */
  async encryptAccountNumber(accountNumber, options) {
    return (0, import_encryption.encryptAccountNumber)(accountNumber, (await this.get(options)).primary);
  }
  /** Drops the cache, e.g. after connectFi rejected a payment with `rppsAccountNumberEncrypted` after a key rotation. */
  clear() {
    this.cached = void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BillKeyCache,
  readBillKeys
});
