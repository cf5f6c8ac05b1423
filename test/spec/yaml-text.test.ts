// generated/openapi.yaml is written by scripts/lib/yaml-text.ts, a faster walk that must give exactly the text of
// `yaml`'s stringify with the same options: compared here on the real bundles and on generated JSON values whose
// strings are made of the characters YAML treats specially.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { YAML_OPTIONS, yamlText } from '../../scripts/lib/yaml-text.ts';
import { bundleJson, sandboxBundleJson } from '../../scripts/lib/paths.ts';

const reference = (value: unknown) => stringify(value, YAML_OPTIONS);

/** Strings from the characters that decide plain, quoted or block style, and words YAML reads as other types. */
const trickyString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aZ09 _-./:#&*!|>\'"%@`?,[]{}~=+\n\t\\\u0007\u00e9\ud83d\ude00'.split('')), maxLength: 24 }),
  fc.constantFrom('', 'null', 'Null', 'NULL', '~', 'true', 'False', 'yes', 'no', '0', '-1', '1.5', '1e3', '.inf', '-.Inf', '.nan', '0x1F', '0o17', '---', '...', '- a', '? b', 'a: b', 'a #b', 'a:', ' a', 'a '),
  fc.string(),
);

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, trickyString, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
})).value;

describe('yamlText', () => {
  it("writes the project's bundles exactly as yaml's stringify does", () => {
    for (const file of [bundleJson, sandboxBundleJson]) {
      const bundle = JSON.parse(readFileSync(file, 'utf8'));
      expect(yamlText(bundle) === reference(bundle)).toBe(true);
    }
  });

  it("writes any JSON value exactly as yaml's stringify does", () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(yamlText(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("hands what its layout does not cover (a key over 1024 characters) to yaml's stringify", () => {
    const value = { ['k'.repeat(1100)]: { a: [1, 'two'] }, b: 'c' };
    expect(reference(value)).toContain('? ');
    expect(yamlText(value)).toBe(reference(value));
  });
});
