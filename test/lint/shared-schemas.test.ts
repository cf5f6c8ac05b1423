// cfi-example-values skips the whole-tree compile for an example that passes the quick check, where every shared
// schema is compiled once and referenced by `$ref` (openapi/lint/functions/sharedSchemas.js). That is only sound if
// the two always agree; here they are compared on every example of the fixture and of the real spec, and on many
// broken variants of each (a field removed, retyped, overlong, with too many decimals, an unknown key added).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { createAjv } from '../../openapi/lint/functions/exampleValues.js';
import { exampleSites } from '../../openapi/lint/functions/exampleSites.js';
import { fullyResolved } from '../../openapi/lint/functions/resolve.js';
import { sharedSchemaChecks } from '../../openapi/lint/functions/sharedSchemas.js';

/** The inventory Spectral hands a rule, built by following every file $ref from the root. */
function inventory(rootFile: string) {
  const docs: Record<string, { data: unknown; source: string }> = {};
  const load = (file: string) => {
    if (docs[file]) return;
    docs[file] = { data: parse(readFileSync(file, 'utf8')), source: file };
    follow(docs[file].data, file);
  };
  const follow = (node: any, file: string) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) load(resolve(dirname(file), node.$ref.split('#')[0]));
    for (const value of Object.values(node)) follow(value, file);
  };
  load(rootFile);
  return { document: docs[rootFile], referencedDocuments: docs };
}

/** The value itself, then each place inside it removed or replaced by a value of another kind. */
function* variants(value: unknown): Generator<unknown> {
  yield value;
  const paths: (string | number)[][] = [];
  const collect = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, [...path, Array.isArray(node) ? Number(k) : k]);
  };
  collect(value, []);
  for (const path of paths) {
    for (const replacement of [undefined, null, 'x', 'x'.repeat(300), 7.155, -1, true, {}, [1], { unknownKey: 1 }]) {
      if (path.length === 0) {
        if (replacement !== undefined) yield replacement;
        continue;
      }
      const copy = structuredClone(value) as any;
      const parent = path.slice(0, -1).reduce((n, k) => n[k], copy);
      const last = path[path.length - 1];
      if (replacement !== undefined) parent[last] = replacement;
      else if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      yield copy;
    }
  }
}

describe('the quick example check (sharedSchemas.js)', () => {
  it.each(['test/lint/fixtures/valid/openapi.yaml', 'openapi/openapi.yaml'])('agrees with the whole-tree compile on every example of %s and its variants', (file) => {
    const { root } = fullyResolved({ documentInventory: inventory(join(projectRoot, file)) });
    const sites = [...exampleSites(root)];
    const quick = sharedSchemaChecks(createAjv(root), [...new Set(sites.map((s) => s.schema))]);
    const whole = createAjv(root);
    let compared = 0;
    let failing = 0;
    const disagreements: string[] = [];
    for (const site of sites) {
      const check = quick(site.schema);
      expect(check, site.where).toBeTypeOf('function');
      const validate = whole.compile(site.schema);
      for (const variant of variants(site.value)) {
        compared++;
        const expected = validate(variant);
        if (!expected) failing++;
        if (check?.(variant) !== expected) disagreements.push(`${site.where}: ${JSON.stringify(variant).slice(0, 120)}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Both verdicts occur often, so the agreement is not that of two checks that always say yes.
    expect(failing).toBeGreaterThan(compared / 4);
    expect(compared - failing).toBeGreaterThan(sites.length / 2);
  });
});
