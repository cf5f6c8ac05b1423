// The bundle as the files generated/openapi.yaml and generated/openapi.json hold it: one formatting, shared by the
// bundle step that writes them and the docs site that serves them beside the page (which copies those files rather
// than formatting the bundle again: YAML formatting is the costliest part of both steps).
import { createRequire } from 'node:module';

export interface BundleTexts {
  yaml: string;
  json: string;
}

// Loaded on first use: `npm run docs` and the build's docs step copy the files and never need it.
let yaml: typeof import('yaml') | undefined;

export function bundleTexts(spec: unknown): BundleTexts {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return { yaml: yaml.stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false }), json: `${JSON.stringify(spec, null, 2)}\n` };
}
