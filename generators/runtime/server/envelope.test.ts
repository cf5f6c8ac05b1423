import { describe, expect, it } from 'vitest';
import { newRequestId } from './envelope.ts';

describe('newRequestId', () => {
  it('gives 32 lowercase hex characters, different every time, across pool refills', () => {
    const ids = Array.from({ length: 1000 }, newRequestId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
