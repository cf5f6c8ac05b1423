// `npm run docs`: writes generated/docs/, the self-contained docs site (works offline, no telemetry) as a folder that
// can be served as is: index.html, the bundle it documents as openapi.yaml and openapi.json, and CHANGELOG.md, all
// linked from the page. Built from generated/openapi.{json,yaml}, the guides in docs/ and the client's changelog.
import { relative } from 'node:path';
import { docsOutDir, writeSite } from './lib/docs/site.ts';
import { projectRoot } from './lib/paths.ts';

try {
  const files = writeSite();
  const sizes = Object.entries(files)
    .map(([name, content]) => `${name} ${Math.round(Buffer.byteLength(content) / 1024)} KiB`)
    .join(', ');
  console.log(`docs: -> ${relative(projectRoot, docsOutDir)}/ (${sizes})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
