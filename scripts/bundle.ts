// `npm run bundle`: writes generated/openapi.{yaml,json} (connectFi's API) and generated/sandbox-openapi.{yaml,json}
// (the sandbox control API, a document of its own). `npm run bundle -- --check` fails, naming the file, when what is
// committed differs from what the source bundles to.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { buildBundleInProcess, countOperations, type Bundle } from './lib/bundle-spec.ts';
import { bundleJson, bundleYaml, projectRoot, sandboxBundleJson, sandboxBundleYaml, sandboxSpecRoot } from './lib/paths.ts';

const check = process.argv.includes('--check');
let bundle: Bundle, sandbox: Bundle;
try {
  bundle = await buildBundleInProcess();
  sandbox = await buildBundleInProcess(sandboxSpecRoot);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const outputs: [string, string][] = [
  [bundleYaml, bundle.yaml],
  [bundleJson, bundle.json],
  [sandboxBundleYaml, sandbox.yaml],
  [sandboxBundleJson, sandbox.json],
];
if (check) {
  const stale = outputs.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => relative(projectRoot, file));
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')} differ from what openapi/ bundles to; run npm run bundle`);
    process.exit(1);
  }
  console.log('generated/openapi.{yaml,json} and generated/sandbox-openapi.{yaml,json} are fresh');
} else {
  mkdirSync(dirname(bundleYaml), { recursive: true });
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`bundled ${countOperations(bundle.spec)} operations, ${Object.keys(bundle.spec.webhooks ?? {}).length} webhooks, ${Object.keys(bundle.spec.components?.schemas ?? {}).length} schemas -> generated/openapi.{yaml,json}`);
  console.log(`bundled ${countOperations(sandbox.spec)} sandbox control operations, ${Object.keys(sandbox.spec.components?.schemas ?? {}).length} schemas -> generated/sandbox-openapi.{yaml,json}`);
}
