// `npm start`: the docs site, a Prism mock of the API and the stateful sandbox, on free ports of 127.0.0.1, for a
// newcomer to read the API and call it with the client within a minute. Prism answers each call with the documented
// example (stateless: the contract); the sandbox behaves like connectFi (records persist, lifecycles, triggers,
// webhooks). Ctrl+C stops all three.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnectFiClient } from '@connectfi/client';
import { docsOutDir, writeSite } from './lib/docs/site.ts';
import { listOperations } from './lib/operations.ts';
import { bundleJson, projectRoot } from './lib/paths.ts';
import { startPrism } from './lib/prism.ts';
import { serveDirectory } from './lib/static-server.ts';

/** The sandbox's own bin on a free port, with its default file store; resolves with what it printed on start. */
function startSandbox(): Promise<{ url: string; login: string; password: string; data: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(projectRoot, 'generated/sandbox/dist/cli.js'), '--port', '0'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /listening (\S+)/.exec(out)?.[1];
      const data = /^data (.+)$/m.exec(out)?.[1];
      if (!url || !data) return;
      resolve({
        url,
        data,
        login: /^login (.+)$/m.exec(out)![1],
        password: /^password (.+)$/m.exec(out)![1],
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${out}`)));
  });
}

const bundle = JSON.parse(readFileSync(bundleJson, 'utf8'));
writeSite();
// The mock serves the contract kit's bundle: the same API plus faker hints, so `Prefer: dynamic=true` answers validate too.
const [docs, mock, sandbox] = await Promise.all([serveDirectory(docsOutDir), startPrism({ kind: 'mock' }, join(projectRoot, 'generated/contract/openapi.json')), startSandbox()]);
// Real calls through the client, so the newcomer sees both work before writing any code.
const health = await createConnectFiClient({ baseUrl: mock.url, token: 'any-token-works-on-the-mock' }).health.check();
const sandboxClient = createConnectFiClient({ baseUrl: sandbox.url, login: sandbox.login, password: sandbox.password });
const { dtsExpireAt } = await sandboxClient.auth.getToken({ user: { login: sandbox.login, password: sandbox.password } });

console.log(`
connectFi API, ${listOperations(bundle).length} operations and webhooks (spec ${bundle.info.version})

  docs     ${docs.url}#/
  mock     ${mock.url}   (Prism, stateless: answers every call with the documented example; any x-connectfi-token)
  sandbox  ${sandbox.url}   (stateful: records persist, lifecycles, sandbox triggers, webhooks; control API under /sandbox)
           login ${sandbox.login}   password ${sandbox.password}   data ${sandbox.data}

Use the mock to check a request against the contract, the sandbox to test a flow (create, then query what you made).

Called through the client just now:
  await createConnectFiClient({ baseUrl: '${mock.url}', token: 'any' }).health.check()
  -> ${JSON.stringify(health)}
  await createConnectFiClient({ baseUrl: '${sandbox.url}', login, password }).auth.getToken({ user: { login, password } })
  -> a token valid until ${dtsExpireAt}

Your turn:
  curl ${mock.url}/health
  curl -X POST ${sandbox.url}/auth/get-token -H 'content-type: application/json' -d '{"user":{"login":"${sandbox.login}","password":"${sandbox.password}"}}'
  CONNECTFI_BASE_URL=${sandbox.url} CONNECTFI_TOKEN=<token> npx tsx your-script.ts   # see the docs' "Start here"

Ctrl+C stops all three.`);

async function shutdown() {
  await Promise.all([mock.stop(), docs.close(), sandbox.stop()]);
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
