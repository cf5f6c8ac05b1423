// `npm run docs`: builds generated/docs/index.html, the self-contained docs site (works offline, no telemetry),
// from generated/openapi.json and the guides in docs/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, docsOutDir } from './lib/docs/site.ts';
import { listOperations } from './lib/operations.ts';
import { bundleJson, projectRoot } from './lib/paths.ts';

try {
  const bundle = JSON.parse(readFileSync(bundleJson, 'utf8'));
  const html = buildSite(bundle);
  mkdirSync(docsOutDir, { recursive: true });
  const out = join(docsOutDir, 'index.html');
  writeFileSync(out, html);
  console.log(`docs: ${listOperations(bundle).length} operations and webhooks -> ${relative(projectRoot, out)} (${Math.round(html.length / 1024)} KiB)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
