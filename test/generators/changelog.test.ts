// A released package ships its own release entry: the package CHANGELOG carries what `npm run release` wrote into
// the root's CHANGELOG.md, above the initial entry; before any release it holds the initial entry alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogFile } from '../../generators/src/framework/package.ts';
import type { ApiIR } from '../../generators/src/ir/types.ts';

const ir = { title: 'connectFi API', version: '0.2.0', operations: [{}, {}], webhooks: [{}] } as unknown as ApiIR;

describe('package CHANGELOG.md', () => {
  it('holds the initial entry alone before the first release', () => {
    const root = mkdtempSync(join(tmpdir(), 'changelog-'));
    const { content } = changelogFile(root, 'generated/client', '@connectfi/client', ir, '0.1.0');
    expect(content).toContain('## 0.1.0\n\nFirst published version');
    expect(content.match(/^## /gm)).toHaveLength(1);
  });

  it('carries the release entries of the root CHANGELOG.md above the initial one', () => {
    const root = mkdtempSync(join(tmpdir(), 'changelog-'));
    const entry = '## 0.2.0 (2026-11-25)\n\n### Added\n\n- operation `POST /transfer-to/ach/cancel` (achCancel)\n';
    writeFileSync(join(root, 'CHANGELOG.md'), `# Changelog\n\nEvery release of the connectFi API description.\n\n${entry}`);
    const { content } = changelogFile(root, 'generated/client', '@connectfi/client', ir, '0.2.0');
    expect(content.startsWith('# Changelog: @connectfi/client\n')).toBe(true);
    expect(content).toContain(entry.trim());
    expect(content.indexOf('## 0.2.0')).toBeLessThan(content.indexOf('## 0.1.0'));
    expect(content).not.toContain('Every release of the connectFi API description.');
  });
});
