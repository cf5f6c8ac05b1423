// The fixture most end-to-end suites share: one sandbox (in memory, started through its bin) and one local webhook
// receiver for the whole file, started before its tests and stopped after them.
import { afterAll, beforeAll } from 'vitest';
import { startReceiver } from './receiver.ts';
import { startSandbox, type StartedSandbox } from './sandbox.ts';

export interface SandboxWithReceiver {
  sandbox: StartedSandbox;
  receiver: Awaited<ReturnType<typeof startReceiver>>;
}

/** Call at the top of a test file; the fields are set once `beforeAll` has run. */
export function sandboxWithReceiver(): SandboxWithReceiver {
  const env = {} as SandboxWithReceiver;
  beforeAll(async () => {
    [env.sandbox, env.receiver] = await Promise.all([startSandbox(), startReceiver()]);
  });
  afterAll(async () => {
    await Promise.all([env.sandbox?.stop(), env.receiver?.close()]);
  });
  return env;
}
