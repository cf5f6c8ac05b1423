// scripts/run.mjs, the runner of every `npm run` command, through the command line on a throw-away project: a
// command runs with its own arguments and each module's own import.meta.url (never the cached bundle's, and never
// rewritten inside a string); an edit of any imported file is picked up by the next run, not served stale; a syntax
// error stops it with the file named.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';

describe('scripts/run.mjs', () => {
  const root = mkdtempSync(join(tmpdir(), 'cfi-run-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'scripts', 'lib'), { recursive: true });
  copyFileSync(join(projectRoot, 'scripts', 'run.mjs'), join(root, 'scripts', 'run.mjs'));
  copyFileSync(join(projectRoot, 'tsconfig.json'), join(root, 'tsconfig.json'));
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const helper = join(root, 'scripts', 'lib', 'helper.ts');
  const writeHelper = (word: string) => writeFileSync(helper, `export const word: string = '${word}';\nexport const where: string = import.meta.url;\nexport const generated: string = \`new URL('x', import.meta.url)\`;\n`);
  writeHelper('first');
  writeFileSync(join(root, 'scripts', 'command.ts'), "import { generated, where, word } from './lib/helper.ts';\nconsole.log(JSON.stringify({ word, where, generated, args: process.argv.slice(2) }));\n");
  const run = () => spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'scripts/command.ts', '--flag', 'value'], { cwd: root, encoding: 'utf8' });

  it("runs a command with its arguments and each module's own import.meta.url; a string that mentions it is left alone", () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ word: 'first', where: pathToFileURL(helper).href, generated: "new URL('x', import.meta.url)", args: ['--flag', 'value'] });
  });

  it('runs the edited code after an edit of an imported file, and stops naming the file on a syntax error', () => {
    writeHelper('second');
    expect(JSON.parse(run().stdout).word).toBe('second');
    writeFileSync(helper, 'export const word: string = ;\n');
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('scripts/lib/helper.ts:1:');
    writeHelper('third');
    expect(JSON.parse(run().stdout).word).toBe('third');
  });
});
