// The bundle under test: generated/openapi.json, which `npm run build` writes and test/spec/bundle.test.ts keeps fresh.
import { readFileSync } from 'node:fs';
import { bundleJson } from '../../scripts/lib/paths.ts';

let cached: any;
export function loadBundle(): any {
  cached ??= JSON.parse(readFileSync(bundleJson, 'utf8'));
  return structuredClone(cached);
}
