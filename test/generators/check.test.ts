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

  it('fails, naming the file, after a hand edit of a generated file, and names a stray file, but not an npm pack tarball', () => {
    const edited = join(projectRoot, 'generated/client/package.json');
    const stray = join(projectRoot, 'generated/client/src/hand-written.ts');
    const tarball = join(projectRoot, 'generated/client/connectfi-client-0.0.0.tgz');
    const original = readFileSync(edited, 'utf8');
    try {
      expect(original).toContain('"license": "Apache-2.0"');
      writeFileSync(edited, original.replace('"license": "Apache-2.0"', '"license": "MIT"'));
      writeFileSync(stray, 'export {};\n');
      writeFileSync(tarball, 'what `npm pack` leaves in the package folder');
      const run = check();
      expect(run.status).toBe(1);
      expect(run.output).toContain('stale: generated/client/package.json (differs)');
      expect(run.output).toContain('stale: generated/client/src/hand-written.ts (not generated)');
      expect(run.output).not.toContain('.tgz');
    } finally {
      writeFileSync(edited, original);
      rmSync(stray, { force: true });
      rmSync(tarball, { force: true });
    }
  });
});
