// The error a client call is refused with; a call that succeeds fails the test here (a success has no `code`).
import type { APIError } from '@connectfi/client';

export async function rejection<E = APIError>(call: PromiseLike<unknown>): Promise<E> {
  try {
    await call;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}
