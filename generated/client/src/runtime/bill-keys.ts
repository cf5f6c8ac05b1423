// The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`): fetched once, cached for a
// while, shared by concurrent callers. connectFi publishes a primary and a secondary key, each as PEM and JWK;
// both encrypt the same way, so the primary is used and the secondary is the fallback.
import { encryptAccountNumber, type PublicKeyInput, type RsaPublicJwk } from './encryption.js';
import type { RequestOptions } from './operation.js';

export interface BillPublicKeys {
  primary: PublicKeyInput;
  secondary?: PublicKeyInput;
}

/** One published key: a PEM string, a JWK, or an object carrying either (`{ pem }`, `{ jwk }`, `{ publicKey }`). */
function keyOf(value: unknown): PublicKeyInput | undefined {
  if (typeof value === 'string' && value.includes('BEGIN PUBLIC KEY')) return value;
  if (!value || typeof value !== 'object') return undefined;
  const entry = value as Record<string, unknown>;
  if (entry.kty === 'RSA') return entry as RsaPublicJwk;
  for (const field of ['pem', 'publicKey', 'key', 'jwk']) {
    const inner = keyOf(entry[field]);
    if (inner) return inner;
  }
  return undefined;
}

/** Reads the keys out of the operation's `data`, whichever of the published forms it carries. */
export function readBillKeys(data: unknown): BillPublicKeys {
  const keys = (data ?? {}) as Record<string, unknown>;
  const primary = keyOf(keys.primary) ?? keyOf(keys.primaryKey);
  if (!primary) throw new TypeError('The bill public-keys answer has no readable primary key (PEM or JWK)');
  return { primary, secondary: keyOf(keys.secondary) ?? keyOf(keys.secondaryKey) };
}

export class BillKeyCache {
  private cached?: { keys: BillPublicKeys; until: number };
  private pending?: Promise<BillPublicKeys>;

  constructor(
    private readonly fetchKeys: (options?: RequestOptions) => Promise<unknown>,
    private readonly ttlMs: number = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(options?: RequestOptions): Promise<BillPublicKeys> {
    if (this.cached && this.now() < this.cached.until) return this.cached.keys;
    this.pending ??= this.fetchKeys(options)
      .then((data) => {
        const keys = readBillKeys(data);
        this.cached = { keys, until: this.now() + this.ttlMs };
        return keys;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** `accountNumberEncrypted` for a bill payment, under the current primary key. */
  async encryptAccountNumber(accountNumber: string, options?: RequestOptions): Promise<string> {
    return encryptAccountNumber(accountNumber, (await this.get(options)).primary);
  }

  /** Drops the cache, e.g. after connectFi rejected a payment with `rppsAccountNumberEncrypted` after a key rotation. */
  clear(): void {
    this.cached = undefined;
  }
}
