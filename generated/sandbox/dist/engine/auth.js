// API users and their tokens. Passwords are kept as scrypt hashes, tokens as SHA-256 hashes: a copy of the store
// gives neither. Each API user is its own tenant (its aggregator id prefixes its ids).
import { hash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
const scrypt = promisify(scryptCallback);
async function hashPassword(password) {
  const salt = randomBytes(16);
  const hash2 = await scrypt(password, salt, 32);
  return `scrypt$${salt.toString("base64")}$${hash2.toString("base64")}`;
}
async function passwordMatches(password, stored) {
  const [scheme, salt, hash2] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash2) return false;
  const expected = Buffer.from(hash2, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length);
  return timingSafeEqual(actual, expected);
}
const hashToken = (token) => hash("sha256", token, "hex");
function aggregatorOf(login) {
  const base = login.replace(/_api$/i, "").replace(/[^0-9A-Za-z]/g, "");
  return (base || "CLIENT").slice(0, 12);
}
class Auth {
  constructor(store, tokenTtlMs) {
    this.store = store;
    this.tokenTtlMs = tokenTtlMs;
  }
  store;
  tokenTtlMs;
  /** Token hash -> principal and expiry; tokens are immutable once issued, so a cache entry is never stale before expiry. */
  cache = /* @__PURE__ */ new Map();
  /** Creates the user unless the login exists; its tenant is a fresh aggregator id derived from the login. */
  async createUser(login, password) {
    if (await this.store.findUser(login)) return void 0;
    const base = aggregatorOf(login);
    const passwordHash = await hashPassword(password);
    for (let attempt = 0; attempt < 5; attempt++) {
      const aggregatorId = attempt === 0 ? base : `${base.slice(0, 8)}${randomBytes(2).toString("hex").toUpperCase()}`;
      const user = { login, passwordHash, tenant: aggregatorId, aggregatorId };
      if (await this.store.createUser(user)) return user;
      if (await this.store.findUser(login)) return void 0;
    }
    throw new Error(`could not find a free aggregator id for ${login}`);
  }
  /** The user when the password is right. */
  async verify(login, password) {
    const user = await this.store.findUser(login);
    return user && await passwordMatches(password, user.passwordHash) ? user : void 0;
  }
  async issueToken(user) {
    const token = randomBytes(48).toString("base64url");
    const expiresAt = new Date(Date.now() + this.tokenTtlMs).toISOString();
    await this.store.saveSession({ tokenHash: hashToken(token), login: user.login, tenant: user.tenant, aggregatorId: user.aggregatorId, expiresAt });
    return { token, dtsExpireAt: expiresAt };
  }
  /** The caller of a token, or undefined when it is unknown or expired (-> 401). */
  async authenticate(token) {
    const hash2 = hashToken(token);
    const now = Date.now();
    const cached = this.cache.get(hash2);
    if (cached) {
      if (cached.expiresAt > now) return cached.principal;
      this.cache.delete(hash2);
      return void 0;
    }
    const session = await this.store.findSession(hash2);
    if (!session) return void 0;
    const expiresAt = Date.parse(session.expiresAt);
    if (!(expiresAt > now)) return void 0;
    const principal = { login: session.login, tenant: session.tenant, aggregatorId: session.aggregatorId };
    if (this.cache.size > 1e4) this.cache.clear();
    this.cache.set(hash2, { principal, expiresAt });
    return principal;
  }
  /** The tenant of a token already seen, without a store read: for the request log only. */
  cachedTenant(token) {
    return this.cache.get(hashToken(token))?.principal.tenant;
  }
  async changePassword(login, oldPassword, newPassword) {
    if (!await this.verify(login, oldPassword)) return false;
    await this.store.setPasswordHash(login, await hashPassword(newPassword));
    return true;
  }
}
export {
  Auth,
  aggregatorOf,
  hashPassword,
  hashToken,
  passwordMatches
};
