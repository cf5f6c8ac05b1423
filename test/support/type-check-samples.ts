// Code samples type-checked as a user's project would check them: each written as `<name>.ts` into a fresh folder
// under test-results/ with a strict NodeNext tsconfig whose `paths` map a package name to the generated source, then
// `tsc -p` on it. Returns what tsc printed (empty when every sample compiles).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';

export function typeCheckSamples(folder: string, samples: Record<string, string>, paths: Record<string, string[]>): string {
  const dir = join(projectRoot, 'test-results', folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, source] of Object.entries(samples)) writeFileSync(join(dir, `${name}.ts`), source);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        types: ['node'],
        typeRoots: [join(projectRoot, 'node_modules/@types')],
        paths,
      },
      include: ['*.ts'],
    }),
  );
  const run = spawnSync(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`.trim();
}
