// A client for a sandbox user, plus its control API, both on one token.
import { createConnectFiClient } from '@connectfi/client';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD } from './sandbox.ts';
import { controlClient } from './control.ts';

export async function clientFor(baseUrl: string, login = DEFAULT_LOGIN, password = DEFAULT_PASSWORD) {
  const cfi = createConnectFiClient({ baseUrl, login, password, maxRetries: 0 });
  const { token } = await cfi.auth.getToken({ user: { login, password } });
  return { cfi, token, control: controlClient(baseUrl, token) };
}
