// Webhook deliveries: one attempt per change, recorded durably with status code, time and error; a receiver that is
// down, slow (5 s timeout) or redirecting never delays the API call; redirects are not followed; --webhook-hosts
// limits where the sandbox posts; a delivery can be redelivered through the control API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { startReceiver } from './support/receiver.ts';
import { startSandbox, type StartedSandbox } from './support/sandbox.ts';

let sandbox: StartedSandbox;
let ok: Awaited<ReturnType<typeof startReceiver>>;
let other: Awaited<ReturnType<typeof startReceiver>>;
let down: string;
beforeAll(async () => {
  const closed = await startReceiver();
  await closed.close();
  down = closed.url;
  [ok, other] = await Promise.all([startReceiver((path) => (path === '/slow' ? { status: 200, delayMs: 7000 } : path === '/redirect' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 })), startReceiver()]);
  // Only the first receiver's host:port (and the closed port) are allowed.
  sandbox = await startSandbox(['--webhook-hosts', `${new URL(ok.url).host},${new URL(down).host}`]);
});
afterAll(async () => {
  await Promise.all([sandbox?.stop(), ok?.close(), other?.close()]);
});

async function transferTo(url: string) {
  const { cfi, control } = await clientFor(sandbox.url);
  const created = await cfi.ach.create(example('achCreate', { reference: ref('hook'), webhookUrl: url }));
  const started = performance.now();
  const moved = await control.transition({ resource: 'AchTransfer', id: created.cFiTransactionId, to: 'Sent' });
  return { control, id: created.cFiTransactionId, deliveryId: moved.webhookDeliveryId as string, callMs: performance.now() - started };
}

async function settled(control: Awaited<ReturnType<typeof clientFor>>['control'], id: string, timeout = 9000) {
  let deliveries: any[] = [];
  await expect
    .poll(
      async () => {
        deliveries = (await control.listWebhooks({ recordId: id })).deliveries;
        return deliveries.every((d) => d.state !== 'pending') && deliveries.length > 0;
      },
      { timeout, interval: 200 },
    )
    .toBe(true);
  return deliveries;
}

describe('webhook deliveries', () => {
  it('records a receiver that is down as failed, without delaying the call', async () => {
    const { control, id, callMs } = await transferTo(`${down}/gone`);
    expect(callMs).toBeLessThan(2000);
    const [d] = await settled(control, id);
    expect(d).toMatchObject({ state: 'failed', statusCode: null });
    expect(d.error).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('times a slow receiver out after 5 s; the call itself answers at once', async () => {
    const { control, id, callMs } = await transferTo(`${ok.url}/slow`);
    expect(callMs).toBeLessThan(2000);
    const [d] = await settled(control, id, 12_000);
    expect(d.state).toBe('failed');
    expect(d.error).toMatch(/5000 ms/);
    expect(d.statusCode).toBeNull();
  }, 20_000);

  it('does not follow a redirect', async () => {
    const before = ok.received.length;
    const { control, id } = await transferTo(`${ok.url}/redirect`);
    const [d] = await settled(control, id);
    expect(d).toMatchObject({ state: 'failed', statusCode: 302 });
    expect(d.error).toMatch(/redirect to \/elsewhere not followed/);
    await new Promise((r) => setTimeout(r, 300));
    expect(ok.received.slice(before).map((p) => p.path)).toEqual(['/redirect']);
  });

  it('skips hosts outside --webhook-hosts, and redelivers on request', async () => {
    const { control, id, deliveryId } = await transferTo(`${other.url}/blocked`);
    const [d] = await settled(control, id);
    expect(d).toMatchObject({ deliveryId, state: 'skipped', statusCode: null, attempt: 1, url: `${other.url}/blocked` });
    expect(d.error).toMatch(/--webhook-hosts/);
    expect(other.received).toHaveLength(0);
    expect(d.payload).toMatchObject({ cFiTransactionId: id, status: 'Sent' });

    const delivered = await transferTo(`${ok.url}/fine`);
    const [first] = await settled(delivered.control, delivered.id);
    expect(first).toMatchObject({ state: 'delivered', statusCode: 200, attempt: 1 });
    expect(first.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(first.dtsSent)).not.toBeNaN();
    const again = await delivered.control.redeliver({ deliveryId: first.deliveryId });
    expect(again).toMatchObject({ attempt: 2, recordId: delivered.id, webhook: 'achStatusChanged' });
    const all = await settled(delivered.control, delivered.id);
    expect(all.map((x) => [x.attempt, x.state])).toEqual([
      [1, 'delivered'],
      [2, 'delivered'],
    ]);
    expect(ok.received.filter((p) => p.path === '/fine')).toHaveLength(2);
    await expect(delivered.control.redeliver({ deliveryId: 'whd_nosuchdelivery000000' })).rejects.toMatchObject({ code: 'deliveryNotFound' });
  });
});
