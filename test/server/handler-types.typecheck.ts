// Checked by `tsc` (npm test's first step), never run: the handler interface accepts the documented answers and the
// compiler rejects the rest. Each @ts-expect-error fails the type check if its line ever compiles.
import type { ConnectFiHandlers, HandlerAnswerOf, HandlerInputOf } from '@connectfi/server';

type Principal = { aggregatorId: string };

export const documented: Pick<ConnectFiHandlers<Principal>, 'userChangePassword' | 'healthCheck'> = {
  userChangePassword: async ({ body, principal, requestId }) => {
    const old: string = body.oldPassword;
    const who: string = principal.aggregatorId;
    if (old === who) return { status: 400, body: { requestId, code: 'wrongOldPassword', context: { login: who }, message: 'Wrong old password' } };
    return { status: 200, body: { code: '0', data: { status: true }, requestId } };
  },
  healthCheck: ({ principal, requestId }) => {
    const open: undefined = principal;
    return { status: 200, body: { code: '0', data: { status: 'ok', dtsChecked: new Date().toISOString() }, requestId: open ?? requestId } };
  },
};

export const undocumentedStatus: HandlerAnswerOf<'userChangePassword'> = {
  // @ts-expect-error 418 is not a documented status of userChangePassword
  status: 418,
  body: { code: '0', data: { status: true }, requestId: 'x' },
};

export const wrongBody: HandlerAnswerOf<'userChangePassword'> = {
  status: 200,
  // @ts-expect-error `status` in data is the literal `true`, not a string
  body: { code: '0', data: { status: 'changed' }, requestId: 'x' },
};

export const missingEnvelope: HandlerAnswerOf<'healthCheck'> = {
  status: 200,
  // @ts-expect-error the success body is the envelope, not bare data
  body: { status: 'ok', dtsChecked: '2023-06-28T13:26:59.312Z' },
};

export const wrongInput = (input: HandlerInputOf<'userChangePassword'>) => {
  // @ts-expect-error the request body has no field `password`
  return input.body.password;
};
