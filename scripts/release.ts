// `npm run release -- [--dry-run] [--level patch|minor|major]`: the next version of the API description and of
// every package, from the changes between the last release's bundle (the last `v*` tag, else the first commit)
// and today's; then the CHANGELOG entry, the version bump (info.version), the regenerated packages, a commit and a
// tag. `--dry-run` prints the version and the entry and writes nothing. `--level` may raise the level, never lower it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_PATH } from './lib/diff/git.ts';
import type { Level } from './lib/diff/semver.ts';
import { applyRelease, assertCleanTree } from './lib/release/apply.ts';
import { renderEntry } from './lib/release/changelog.ts';
import { planRelease } from './lib/release/plan.ts';

const USAGE = 'usage: npm run release -- [--dry-run] [--level patch|minor|major]';

function main(argv: string[]): number {
  const dryRun = argv.includes('--dry-run');
  const at = argv.indexOf('--level');
  const raise = at >= 0 ? argv[at + 1] : undefined;
  if (raise !== undefined && !['patch', 'minor', 'major'].includes(raise)) {
    console.error(`--level must be patch, minor or major. ${USAGE}`);
    return 2;
  }
  const unknown = argv.filter((a, i) => !['--dry-run', '--level'].includes(a) && argv[i - 1] !== '--level');
  if (unknown.length) {
    console.error(`unknown argument ${unknown.join(' ')}. ${USAGE}`);
    return 2;
  }
  const cwd = process.cwd();
  if (!dryRun) assertCleanTree(cwd);
  const plan = planRelease(cwd, raise as Level | undefined);
  const current = JSON.parse(readFileSync(join(cwd, BUNDLE_PATH), 'utf8')).info?.version;
  if (plan.level === 'none') {
    console.log(`nothing to release: the bundle and the generators are unchanged since ${plan.baseLabel} (${plan.previous})`);
    return 0;
  }
  const entry = renderEntry({
    version: plan.next,
    previous: plan.previous,
    date: new Date().toISOString().slice(0, 10),
    baseLabel: plan.baseLabel,
    changes: plan.changes,
    note: plan.generatorsOnly ? 'The API description is unchanged; the generators or the client and server runtimes changed.' : undefined,
  });
  console.log(`${dryRun ? 'would release' : 'releasing'} ${plan.previous} -> ${plan.next} (${plan.level}), compared with ${plan.baseLabel}`);
  console.log(`  openapi/openapi.yaml info.version: ${current} -> ${plan.next}`);
  console.log(`  @connectfi/client: ${plan.next}\n  @connectfi/server: ${plan.next}\n`);
  console.log(`CHANGELOG.md entry:\n\n${entry}`);
  if (dryRun) return 0;
  const tag = applyRelease(cwd, plan.next, entry);
  console.log(`committed "Release ${tag}" and tagged ${tag}; publish with git push --follow-tags`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
