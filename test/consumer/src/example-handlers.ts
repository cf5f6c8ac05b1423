// Handlers an integrator would write against @connectfi/server: a login that issues tokens, a password change with
// a documented business error, and the health check.
import type { ConnectFiHandlers } from '@connectfi/server';

export const LOGIN = 'CLIENTID_api';
export const PASSWORD = 'Sandbox-Passw0rd!';
export const TOKEN = 'ZTFhNmYxYjQtN2I4Ni00ZDkyLWE5YjAtMjY0NjM4ZWE0ZGQ3';

export interface Principal {
  login: string;
}

export const authenticate = (token: string): Principal | null => (token === TOKEN ? { login: LOGIN } : null);

export const exampleHandlers: Pick<ConnectFiHandlers<Principal>, 'authGetToken' | 'userChangePassword' | 'healthCheck'> = {
  authGetToken: ({ body, requestId }) => {
    if (body.user.login !== LOGIN || body.user.password !== PASSWORD) {
      return { status: 401, body: { requestId, code: 'unauthorized', context: {}, message: 'Authentication error' } };
    }
    return { status: 200, body: { code: '0', data: { token: TOKEN, dtsExpireAt: new Date(Date.now() + 3_600_000).toISOString() }, requestId } };
  },
  userChangePassword: ({ body, principal, requestId }) => {
    if (body.oldPassword !== PASSWORD) {
      return { status: 400, body: { requestId, code: 'wrongOldPassword', context: { login: principal.login }, message: `Wrong old password (login=${principal.login})` } };
    }
    return { status: 200, body: { code: '0', data: { status: true }, requestId } };
  },
  healthCheck: ({ requestId }) => ({ status: 200, body: { code: '0', data: { status: 'ok', dtsChecked: new Date().toISOString() }, requestId } }),
};
