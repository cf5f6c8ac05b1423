// The conventions every connectFi rule follows (openapi/README.md#lint-messages), held for rules added later too:
// Spectral prints a rule's description instead of its function's message unless the rule says `message: '{{error}}'`,
// and the rule functions are type-checked JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';

const lintDir = join(projectRoot, 'openapi/lint');
const ruleset = parse(readFileSync(join(lintDir, 'ruleset.yaml'), 'utf8'));
const own = new Set<string>(ruleset.functions);

describe('openapi/lint/ruleset.yaml', () => {
  const rules = Object.entries<any>(ruleset.rules).filter(([, rule]) => typeof rule === 'object' && rule !== null);
  const custom = rules.filter(([, rule]) => [rule.then].flat().some((t: any) => own.has(t?.function)));

  it('lists a function file for every custom function', () => {
    for (const name of own) expect(readdirSync(join(lintDir, 'functions')), name).toContain(`${name}.js`);
  });

  it('prints the message each connectFi function builds, not the rule description', () => {
    expect(custom.length).toBeGreaterThan(5);
    expect(custom.filter(([, rule]) => rule.message !== '{{error}}').map(([name]) => name)).toEqual([]);
  });

  it('names every connectFi rule cfi-*', () => {
    expect(custom.map(([name]) => name).filter((name) => !name.startsWith('cfi-'))).toEqual([]);
  });
});

describe('openapi/lint/functions', () => {
  it('type-checks every file (// @ts-check, checked by tsc through tsconfig.json)', () => {
    const files = readdirSync(join(lintDir, 'functions')).filter((f) => f.endsWith('.js'));
    const tsconfig = JSON.parse(readFileSync(join(projectRoot, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions.allowJs).toBe(true);
    expect(tsconfig.include).toContain('openapi/lint');
    expect(files.filter((f) => !readFileSync(join(lintDir, 'functions', f), 'utf8').startsWith('// @ts-check\n'))).toEqual([]);
  });
});
