// The bundle under test: generated/openapi.json, which `npm run build` writes and test/spec/bundle.test.ts keeps fresh.
import { readFileSync } from 'node:fs';
import { bundleJson } from '../../scripts/lib/paths.ts';

let cached: any;
export function loadBundle(): any {
  cached ??= JSON.parse(readFileSync(bundleJson, 'utf8'));
  return structuredClone(cached);
}

/** `node` with its local `$ref` (`#/components/...`) followed in `document`, as often as it takes. */
export function deref(document: any, node: any): any {
  for (let i = 0; node?.$ref && i < 20; i++)
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  return node;
}
