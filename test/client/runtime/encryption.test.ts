// Round trips with a freshly generated RSA-2048 key pair: what the client encrypts, the private key decrypts.
import { beforeAll, describe, expect, it } from 'vitest';
import { BillKeyCache, readBillKeys } from '../../../generators/runtime/client/bill-keys.ts';
import { cardPlaintext, encryptAccountNumber, encryptCardData } from '../../../generators/runtime/client/encryption.ts';

let keys: CryptoKeyPair;
let pem: string;
let jwk: JsonWebKey;

const fromBase64 = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const decrypt = async (text: string) => new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, keys.privateKey, fromBase64(text)));

beforeAll(async () => {
  keys = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  pem = `-----BEGIN PUBLIC KEY-----\n${btoa(String.fromCharCode(...spki))
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PUBLIC KEY-----\n`;
  jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
});

describe('card data', () => {
  it('encrypts PAN|YYYYMM|CVV as base64url without padding (342 characters for RSA-2048)', async () => {
    const encrypted = await encryptCardData({ pan: '4111111111111111', expiry: { year: 2027, month: 3 }, cvv: '123' }, pem);
    expect(encrypted).toMatch(/^[A-Za-z0-9_-]{342}$/);
    expect(await decrypt(encrypted)).toBe('4111111111111111|202703|123');
  });

  it('accepts a JWK or an imported key, and an expiry string', async () => {
    expect(await decrypt(await encryptCardData({ pan: '5555555555554444', expiry: '202912', cvv: '9876' }, jwk))).toBe('5555555555554444|202912|9876');
    expect(await decrypt(await encryptCardData({ pan: '5555555555554444', expiry: '202912', cvv: '987' }, keys.publicKey))).toBe('5555555555554444|202912|987');
  });

  it('refuses malformed parts without echoing the PAN', () => {
    expect(() => cardPlaintext({ pan: '4111-1111', expiry: '202703', cvv: '123' })).toThrow('The PAN must be 12 to 19 digits');
    expect(() => cardPlaintext({ pan: '4111111111111111', expiry: '202713', cvv: '123' })).toThrow(/YYYYMM/);
    expect(() => cardPlaintext({ pan: '4111111111111111', expiry: '202703', cvv: '12' })).toThrow(/CVV/);
  });
});

describe('account numbers', () => {
  it('encrypts as standard base64 (344 characters for RSA-2048)', async () => {
    const encrypted = await encryptAccountNumber('0123456789012', pem);
    expect(encrypted).toMatch(/^[A-Za-z0-9+/]{342}==$/);
    expect(await decrypt(encrypted)).toBe('0123456789012');
  });

  it('refuses an empty account number and a key that is not a public key', async () => {
    await expect(encryptAccountNumber(' ', pem)).rejects.toThrow(/non-empty/);
    await expect(encryptAccountNumber('1', 'not a key')).rejects.toThrow(/PEM/);
    await expect(encryptAccountNumber('1', { kty: 'EC' })).rejects.toThrow(/PEM string, an RSA JWK or a CryptoKey/);
  });
});

describe('bill public keys', () => {
  it('reads primary and secondary keys in PEM or JWK form', () => {
    expect(readBillKeys({ primary: { pem, jwk }, secondary: { jwk } })).toEqual({ primary: pem, secondary: jwk });
    expect(readBillKeys({ primary: jwk })).toEqual({ primary: jwk, secondary: undefined });
    expect(() => readBillKeys({ keys: [] })).toThrow(/no readable primary key/);
  });

  it('fetches once for concurrent callers, caches for the TTL, and refetches after it or after clear()', async () => {
    let fetched = 0;
    let now = 0;
    const cache = new BillKeyCache(
      async () => {
        fetched++;
        return { primary: pem, secondary: pem };
      },
      1000,
      () => now,
    );
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(fetched).toBe(1);
    now = 999;
    await cache.get();
    expect(fetched).toBe(1);
    now = 1000;
    await cache.get();
    expect(fetched).toBe(2);
    cache.clear();
    const fresh = await cache.get();
    expect(fetched).toBe(3);
    expect(await decrypt(await encryptAccountNumber('42', fresh.primary))).toBe('42');
    expect(await decrypt(await cache.encryptAccountNumber('0123456789'))).toBe('0123456789');
    expect(fetched).toBe(3);
  });
});
