// The generated server stubs, checked from the other side: an implementation answering every operation with its
// documented example runs behind `prism proxy --errors`, which validates each request on its way in and each answer
// on its way back. Every operation's documented request must pass through, untouched, with no violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.ts';
import { startPrism } from '../../scripts/lib/prism.ts';
import { loadBundle } from '../support/bundle.ts';
import { startExampleServer, type ExampleServer } from './support/example-server.ts';
import { lowLevelClient, sendThroughLowLevel } from './support/low-level.ts';
import { usePrism, violations } from './support/prism.ts';

const operations = listOperations(loadBundle()).filter((op) => op.kind === 'operation');

describe('the server stubs behind prism proxy', () => {
  let upstream: ExampleServer;
  beforeAll(async () => {
    upstream = await startExampleServer(operations);
  });
  afterAll(() => upstream?.close());
  const prism = usePrism(() => ({ kind: 'proxy', upstream: upstream.url }));

  it("pass every operation's documented request and answer its documented example, with no violation", async () => {
    const client = lowLevelClient(prism.current.url);
    const failures: string[] = [];
    for (const op of operations) {
      const { response, body } = await sendThroughLowLevel(client, op, op.request?.example?.value);
      const found = violations(response);
      if (response.status !== Number(op.success?.status ?? 200) || found.length) failures.push(`${op.operationId}: ${response.status} ${JSON.stringify(found)} ${JSON.stringify(body)}`);
      else expect(body, op.operationId).toEqual(op.success?.example?.value);
    }
    expect(failures).toEqual([]);
    expect(operations.filter((op) => upstream.calls.get(op.operationId) !== 1).map((op) => op.operationId)).toEqual([]);
    console.log(`contract: ${upstream.calls.size} of ${operations.length} operations passed through prism proxy to the server stubs`);
  });

  it('while an answer that breaks the contract is caught on the way back', async () => {
    // The same request, but the stub now answers a body that is not the documented envelope.
    const op = operations.find((o) => o.success?.contentType === 'application/json')!;
    const broken = await startExampleServer([{ ...op, success: { ...op.success!, example: { name: 'broken', value: { code: '0' } } } }], false);
    try {
      const proxy = await startPrism({ kind: 'proxy', upstream: broken.url });
      try {
        const { response } = await sendThroughLowLevel(lowLevelClient(proxy.url), op, op.request?.example?.value);
        expect(broken.calls.get(op.operationId)).toBe(1);
        expect(response.status).toBe(500);
        expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['response', 'body'], code: 'required' }));
      } finally {
        await proxy.stop();
      }
    } finally {
      await broken.close();
    }
  });
});
