// generated/ must be exactly what the generators produce: --check passes on the committed tree and names the file
// after a hand edit or a stray file.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';

const check = () => {
  const run = spawnSync(bin('tsx'), [join(projectRoot, 'generators/src/generate.ts'), '--check'], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

describe('npm run generate -- --check', () => {
  it('passes on the committed generated files', () => {
    const run = check();
    expect(run.output).toContain('generated files are fresh');
    expect(run.status).toBe(0);
  });

  it('fails, naming the file, after a hand edit of a generated file, and names a stray file', () => {
    const edited = join(projectRoot, 'generated/client/package.json');
    const stray = join(projectRoot, 'generated/client/src/hand-written.ts');
    const original = readFileSync(edited, 'utf8');
    try {
      writeFileSync(edited, original.replace('"private": true', '"private": false'));
      writeFileSync(stray, 'export {};\n');
      const run = check();
      expect(run.status).toBe(1);
      expect(run.output).toContain('stale: generated/client/package.json (differs)');
      expect(run.output).toContain('stale: generated/client/src/hand-written.ts (not generated)');
    } finally {
      writeFileSync(edited, original);
      rmSync(stray, { force: true });
    }
  });
});
