// The sandbox shared by a team (issue 13): two sandbox processes on one PostgreSQL database. The same reference sent
// at once to both creates one record; a token issued by one works on the other; a status change made on one fires
// its webhook once. Runs when CONNECTFI_TEST_PG_URL names a server (.ci/run starts one); otherwise says it skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPgDatabase, freshPgDatabase, PG_URL as PG } from './support/pg-database.ts';
import { createConnectFiClient } from '@connectfi/client';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { startReceiver } from './support/receiver.ts';
import { startSandbox, type StartedSandbox } from './support/sandbox.ts';

if (!PG) console.log('postgres-processes: skipped: CONNECTFI_TEST_PG_URL is not set (.ci/run starts a throwaway server and sets it)');
const run = PG ? describe : describe.skip;

run('two sandbox processes on one PostgreSQL', () => {
  let url: URL;
  let a: StartedSandbox;
  let b: StartedSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    url = new URL(await freshPgDatabase('sbx_e2e'));
    // Started together: both apply the migrations, each exactly once.
    [a, b, receiver] = await Promise.all([startSandbox(['--db', url.toString()]), startSandbox(['--db', url.toString()]), startReceiver()]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), receiver?.close()]);
    await dropPgDatabase(url.toString());
  });

  it('reports PostgreSQL in /health and on start', async () => {
    expect(a.output()).toMatch(/data postgres postgres:\/\/127\.0\.0\.1:\d+\//);
    expect(a.output()).not.toMatch(/postgres:\/\/postgres@/);
    const health = await (await clientFor(b.url)).cfi.health.check();
    expect((health as any).store).toEqual({ kind: 'postgres', reachable: true, migrationVersion: 1 });
  });

  it('shares tokens, deduplicates one reference sent to both at once, and posts a change once', async () => {
    const onA = await clientFor(a.url);
    const onB = createConnectFiClient({ baseUrl: b.url, token: onA.token, maxRetries: 0 });
    const body = example('achCreate', { reference: ref('pgrace'), webhookUrl: `${receiver.url}/pg` });
    const results = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => (i % 2 ? onA.cfi : onB).ach.create(body)));
    const created = results.filter((r): r is PromiseFulfilledResult<any> => r.status === 'fulfilled');
    expect(created).toHaveLength(1);
    const id = created[0].value.cFiTransactionId;
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'referenceExists', context: { entityId: id } });
    expect(await onB.ach.query({ references: [body.reference] })).toHaveLength(1);

    await onA.control.transition({ resource: 'AchTransfer', id, to: 'Sent' });
    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 2500)); // both dispatchers poll the outbox at least twice meanwhile
    expect(receiver.received.filter((p) => p.body?.cFiTransactionId === id).map((p) => p.body.status)).toEqual(['Sent']);
  });
});
