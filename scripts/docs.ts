// `npm run docs`: writes generated/docs/, the self-contained docs site (works offline, no telemetry) as a folder that
// can be served as is: index.html, the bundle it documents as openapi.yaml and openapi.json, and CHANGELOG.md, all
// linked from the page. Built from generated/openapi.json, the guides in docs/ and the client's changelog.
import { relative } from 'node:path';
import { docsOutDir, writeSite } from './lib/docs/site.ts';
import { listOperations } from './lib/operations.ts';
import { bundleJson, projectRoot } from './lib/paths.ts';
import { readFileSync } from 'node:fs';

try {
  const bundle = JSON.parse(readFileSync(bundleJson, 'utf8'));
  const files = writeSite(bundle);
  const sizes = Object.entries(files)
    .map(([name, content]) => `${name} ${Math.round(Buffer.byteLength(content) / 1024)} KiB`)
    .join(', ');
  console.log(`docs: ${listOperations(bundle).length} operations and webhooks -> ${relative(projectRoot, docsOutDir)}/ (${sizes})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
