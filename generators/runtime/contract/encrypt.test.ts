// Vendor ciphertext is replaced by test data encrypted under the target's own published key, which the target's
// private key (here, the test's) decrypts; without a published key the example goes out as documented, with the reason.
import { constants, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withTargetCiphertext } from './encrypt.ts';
import type { Session } from './session.ts';
import type { PositiveCase } from './table.ts';

const positive: PositiveCase = {
  example: 'encrypted',
  request: { path: {}, query: {}, body: { card: { encryptedData: 'vendor-ciphertext', keyId: 'vendorKey' } } },
  encrypted: [{ path: ['card', 'encryptedData'], plaintext: 'card', encoding: 'base64url', keyIdPath: ['card', 'keyId'] }],
};

describe('ciphertext under the target key', () => {
  it('encrypts a test card (PAN|YYYYMM|CVV) with RSA-OAEP SHA-256 under the published key and names that key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const session = { keys: Promise.resolve({ keys: [{ pem, keyId: 'targetKey' }] }) } as unknown as Session;
    const { request, shortfall } = await withTargetCiphertext(session, positive, positive.request);
    const card = (request.body as any).card;
    expect(shortfall).toBeUndefined();
    expect(card.keyId).toBe('targetKey');
    expect(card.encryptedData).toMatch(/^[A-Za-z0-9_-]{342}$/);
    const plain = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(card.encryptedData, 'base64url')).toString();
    expect(plain).toMatch(/^\d{16}\|20\d{4}\|\d{3}$/);
  });

  it('leaves the documented ciphertext and says why when the target publishes no key', async () => {
    const session = { keys: Promise.resolve({ problem: 'the target publishes no public key at GET /keys' }) } as unknown as Session;
    const { request, shortfall } = await withTargetCiphertext(session, positive, positive.request);
    expect(request).toBe(positive.request);
    expect(shortfall?.needsState).toBe("example encrypted carries ciphertext under the vendor's key (card.encryptedData), which the target cannot decrypt, and the target publishes no public key at GET /keys");
  });
});
