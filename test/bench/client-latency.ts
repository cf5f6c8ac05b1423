// Time per call, one call at a time, of the client facade and of a bare fetch doing the same work (send the JSON,
// parse the envelope, take `data`), against the same local server.
import { createConnectFiClient } from '@connectfi/client';
import type { Subject } from './subject.ts';
import { BENCH_TOKEN } from './subject.ts';

export type Caller = () => Promise<unknown>;

export function rawFetchCaller(url: string, { op, body }: Subject): Caller {
  const target = `${url}${op.path}`;
  const text = JSON.stringify(body);
  return async () => {
    const response = await fetch(target, { method: op.method.toUpperCase(), headers: { 'content-type': 'application/json', 'x-connectfi-token': BENCH_TOKEN }, body: text });
    const envelope = await response.json();
    if (!response.ok || envelope.code !== '0') throw new Error(`raw fetch answered ${response.status}`);
    return envelope.data;
  };
}

export function facadeCaller(url: string, { op, body }: Subject): Caller {
  const cfi = createConnectFiClient({ baseUrl: url, token: BENCH_TOKEN, maxRetries: 0 }) as any;
  const method = cfi[op.group]?.[op.action];
  if (typeof method !== 'function') throw new Error(`the client has no cfi.${op.group}.${op.action}()`);
  return () => method.call(cfi[op.group], body);
}

/** Mean microseconds per call over `calls` sequential calls. */
export async function timePerCall(call: Caller, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await call();
  return ((performance.now() - started) * 1000) / calls;
}
