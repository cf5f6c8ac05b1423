// New ids in the vendor's shapes, and the masking of sensitive values before anything is stored.
import { randomBytes } from "node:crypto";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
let pool = Buffer.alloc(0);
let used = 0;
function random(count) {
  if (used + count > pool.length) {
    pool = randomBytes(Math.max(4096, count));
    used = 0;
  }
  return pool.subarray(used, used += count);
}
function randomId(length = 22) {
  const bytes = random(length * 2);
  let out = "";
  for (let i = 0; out.length < length && i < bytes.length; i++) if (bytes[i] < 248) out += ALPHABET[bytes[i] % 62];
  return out.length === length ? out : out + randomId(length - out.length);
}
function newId(prefix, aggregatorId) {
  const head = prefix.replace("{aggregator}", aggregatorId);
  return head + randomId(Math.max(8, Math.min(22, 36 - head.length)));
}
function mask(value, kind = "account") {
  if (value.length <= 4) return "X".repeat(value.length);
  const keepHead = kind === "card" && /^\d{13,19}$/.test(value) ? 6 : 0;
  return value.slice(0, keepHead) + "X".repeat(value.length - keepHead - 4) + value.slice(-4);
}
export {
  mask,
  newId,
  randomId
};
