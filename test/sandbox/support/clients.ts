// A client for a sandbox user, plus its control API, both on one token; a suite's sandbox with that user's token.
import { createConnectFiClient } from '@connectfi/client';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD, startSandbox, type StartedSandbox } from './sandbox.ts';
import { controlClient } from './control.ts';

export async function clientFor(baseUrl: string, login = DEFAULT_LOGIN, password = DEFAULT_PASSWORD) {
  const cfi = createConnectFiClient({ baseUrl, login, password, maxRetries: 0 });
  const { token } = await cfi.auth.getToken({ user: { login, password } });
  return { cfi, token, control: controlClient(baseUrl, token) };
}

/**
 * A suite's sandbox, started before its tests (default flags) and stopped after them, with the default user's token:
 * read `suite.url` and `suite.token` inside the tests.
 */
export function sandboxForSuite(): { url: string; token: string } {
  const suite = { url: '', token: '' };
  let sandbox: StartedSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox();
    suite.url = sandbox.url;
    suite.token = (await clientFor(sandbox.url)).token;
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  return suite;
}
