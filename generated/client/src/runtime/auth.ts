// The token every authenticated call sends. With login and password: log in on first use, cache the token until
// `dtsExpireAt` minus a safety margin, let concurrent calls share one login, and allow one re-login after a 401.
// With a fixed token: send it, never log in. Neither ever puts a credential into an error or a log line.
import { InvalidResponseError } from './errors.js';
import type { CallSignal } from './signals.js';

export interface IssuedToken {
  token: string;
  dtsExpireAt: string;
}

export interface TokenSource {
  token(call: CallSignal): Promise<string>;
  /** Forgets `token` after a 401; true when a fresh one can be obtained (so the call may be retried once). */
  invalidate(token: string): boolean;
}

export class FixedToken implements TokenSource {
  constructor(private readonly value: string) {}
  async token(): Promise<string> {
    return this.value;
  }
  invalidate() {
    return false;
  }
}

/** Resolves with `promise`, or rejects as soon as this caller's call is aborted (other waiters keep waiting). */
function untilAborted<T>(promise: Promise<T>, call: CallSignal): Promise<T> {
  if (call.signal.aborted) return Promise.reject(call.reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(call.reason());
    call.signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => call.signal.removeEventListener('abort', onAbort));
  });
}

export class LoginTokenSource implements TokenSource {
  private cached?: { token: string; refreshAt: number };
  private pending?: Promise<string>;

  /** `login` performs `/auth/get-token`; it runs under its own timeout, so one caller's abort cannot fail the others. */
  constructor(
    private readonly login: () => Promise<IssuedToken>,
    private readonly safetyMarginMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  token(call: CallSignal): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
    this.pending ??= this.login()
      .then(({ token, dtsExpireAt }) => {
        const expiresAt = Date.parse(dtsExpireAt);
        if (typeof token !== 'string' || !token || Number.isNaN(expiresAt)) {
          throw new InvalidResponseError({ status: 200, code: 'invalidResponse', context: {}, message: '/auth/get-token answered without a token and a valid dtsExpireAt' });
        }
        this.cached = { token, refreshAt: expiresAt - this.safetyMarginMs };
        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return untilAborted(this.pending, call);
  }

  invalidate(token: string): boolean {
    if (this.cached?.token === token) this.cached = undefined;
    return true;
  }
}
