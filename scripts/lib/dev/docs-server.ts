// The dev loop's docs server on a free port of 127.0.0.1: `/` is the current page with the live-reload script
// injected (only here, never in the built file), EVENTS_PATH the reload stream.
import { createServer } from 'node:http';
import { listen } from '../static-server.ts';
import { EVENTS_PATH, type LiveReload } from './live-reload.ts';

export interface DevDocsServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDevDocs(page: () => string, live: LiveReload): Promise<DevDocsServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === EVENTS_PATH) return live.attach(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    if (path !== '/' && path !== '/index.html') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(live.inject(page()));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      live.close();
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
