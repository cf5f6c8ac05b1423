// A child process serving @connectfi/server for the benchmarks, so the load generator does not share its event
// loop. `--validate=off` turns request validation off. Prints `listening <url>` once bound.
import { createConnectFiServer } from '@connectfi/server';
import { benchSubject, BENCH_TOKEN } from './subject.ts';

const { op, success } = benchSubject();
const server = createConnectFiServer({
  handlers: { [op.operationId]: () => success } as never,
  authenticate: (token) => (token === BENCH_TOKEN ? { bench: true } : null),
  validateRequests: !process.argv.includes('--validate=off'),
});
const running = await server.listen();
console.log(`listening ${running.url}`);
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
