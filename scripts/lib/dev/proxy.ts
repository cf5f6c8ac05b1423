// A stable address in front of a process that is replaced on every new bundle: the printed URL keeps working while
// the process behind it restarts (on a new port, chosen by the process itself).
import { createServer, request } from 'node:http';
import { listen } from '../static-server.ts';

export interface StableProxy {
  url: string;
  /** Where requests go from now on (`undefined`: answer 503 until there is a target again). */
  setTarget(target: string | undefined): void;
  close(): Promise<void>;
}

export async function stableProxy(name: string): Promise<StableProxy> {
  let target: URL | undefined;
  const server = createServer((req, res) => {
    if (!target) return void res.writeHead(503, { 'content-type': 'text/plain' }).end(`${name} is restarting or failed; see the npm run dev terminal\n`);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.once('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`${name} did not answer: ${error.message}\n`);
    });
    req.pipe(upstream);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    setTarget: (next) => (target = next ? new URL(next) : undefined),
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
