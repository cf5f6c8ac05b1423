// Every lint message points at a section of the style guide; a renamed heading must not leave rules pointing nowhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';

const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

describe('openapi/README.md', () => {
  it('has a section for every anchor the lint rules cite', () => {
    const guide = readFileSync(join(projectRoot, 'openapi/README.md'), 'utf8');
    const sections = new Set([...guide.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1])));
    const ruleFiles = [...readdirSync(join(projectRoot, 'openapi/lint/functions')).map((f) => join('openapi/lint/functions', f)), 'openapi/lint/layout/rules.ts', 'scripts/lib/bundle-spec.ts'];
    const cited = new Set<string>();
    for (const file of ruleFiles) {
      const text = readFileSync(join(projectRoot, file), 'utf8');
      // guide('x'), README.md#x, and the anchor argument after a message: finding(`...`, 'x', path), explain(`...`, 'x')
      for (const m of text.matchAll(/guide\('([a-z0-9-]+)'\)|README\.md#([a-z0-9-]+)|`,\s*'([a-z0-9-]+)'/g)) cited.add(m[1] ?? m[2] ?? m[3]);
    }
    expect(cited.size).toBeGreaterThan(10);
    expect([...cited].filter((anchor) => !sections.has(anchor))).toEqual([]);
  });
});
