// An implementation of the generated server stubs that answers every operation with its documented success example,
// and counts the calls each operation receives, so a test can see that a request really reached it.
import { createConnectFiServer, type ConnectFiHandlers } from '@connectfi/server';
import type { OperationEntry } from '../../../scripts/lib/operations.ts';

export interface ExampleServer {
  url: string;
  /** Calls received, by operationId. */
  calls: Map<string, number>;
  close(): Promise<void>;
}

/**
 * `checkOwnAnswers` (default true) makes the stub validate its own answers too, so an example that broke its schema
 * would fail here before Prism sees it; off, a wrong answer reaches Prism, which must catch it.
 */
export async function startExampleServer(operations: OperationEntry[], checkOwnAnswers = true): Promise<ExampleServer> {
  const calls = new Map<string, number>();
  const handlers: Record<string, () => { status: number; body?: unknown; contentType?: string }> = {};
  for (const op of operations.filter((o) => o.kind === 'operation')) {
    handlers[op.operationId] = () => {
      calls.set(op.operationId, (calls.get(op.operationId) ?? 0) + 1);
      if (!op.success) return { status: 200 };
      return { status: Number(op.success.status), body: op.success.example?.value, contentType: op.success.contentType };
    };
  }
  const server = createConnectFiServer({
    handlers: handlers as unknown as Partial<ConnectFiHandlers<{ token: string }>>,
    authenticate: (token) => ({ token }),
    validateResponses: checkOwnAnswers,
  });
  const running = await server.listen({ port: 0, host: '127.0.0.1' });
  return { url: running.url, calls, close: () => running.close() };
}
