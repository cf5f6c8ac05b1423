// `npm start`: the docs site and a Prism mock of the API on free ports of 127.0.0.1, for a newcomer to read the API
// and call it with the client within a minute. Ctrl+C stops both.
import { createConnectFiClient } from '@connectfi/client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsOutDir, writeSite } from './lib/docs/site.ts';
import { listOperations } from './lib/operations.ts';
import { bundleJson, projectRoot } from './lib/paths.ts';
import { startPrism } from './lib/prism.ts';
import { serveDirectory } from './lib/static-server.ts';

const bundle = JSON.parse(readFileSync(bundleJson, 'utf8'));
writeSite(bundle);
// The mock serves the contract kit's bundle: the same API plus faker hints, so `Prefer: dynamic=true` answers validate too.
const [docs, mock] = await Promise.all([serveDirectory(docsOutDir), startPrism({ kind: 'mock' }, join(projectRoot, 'generated/contract/openapi.json'))]);
// One real call through the client, so the newcomer sees it work before writing any code.
const cfi = createConnectFiClient({ baseUrl: mock.url, token: 'any-token-works-on-the-mock' });
const health = await cfi.health.check();

console.log(`
connectFi API, ${listOperations(bundle).length} operations and webhooks (spec ${bundle.info.version})

  docs  ${docs.url}#/
  mock  ${mock.url}   (Prism: answers with the documented examples; any x-connectfi-token is accepted)

Called through the client just now:
  await createConnectFiClient({ baseUrl: '${mock.url}', token: 'any' }).health.check()
  -> ${JSON.stringify(health)}

Your turn:
  curl ${mock.url}/health
  CONNECTFI_BASE_URL=${mock.url} CONNECTFI_TOKEN=any npx tsx your-script.ts   # see the docs' "Start here"

Ctrl+C stops both.`);

async function shutdown() {
  await Promise.all([mock.stop(), docs.close()]);
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
