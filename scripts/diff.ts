// `npm run diff -- --base <git-ref> [--json]` (or `--last-release`, the newest `v*` tag): every change between the bundle committed at <ref> and today's
// generated/openapi.json, with its semver level; exits 1 on a breaking change unless the major version was bumped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareBundles } from './lib/diff/compare.ts';
import { gate } from './lib/diff/gate.ts';
import { BUNDLE_PATH, bundleAt, lastReleaseTag } from './lib/diff/git.ts';
import { formatReport } from './lib/diff/print.ts';

const USAGE = 'usage: npm run diff -- --base <git-ref> | --last-release [--json]   (e.g. --base v1.2.0, --base main, --base HEAD~1)';

function main(argv: string[]): number {
  const at = argv.indexOf('--base');
  let ref = at >= 0 ? argv[at + 1] : undefined;
  if (argv.includes('--last-release')) {
    ref = lastReleaseTag(process.cwd());
    // CI runs the gate on every build; before the first release there is nothing it could break.
    if (!ref) {
      console.log('diff gate skipped: no release tag (v*) yet; `npm run release` makes the first one');
      return 0;
    }
  }
  if (!ref || ref.startsWith('--')) {
    console.error(`--base is required. ${USAGE}`);
    return 2;
  }
  const cwd = process.cwd();
  const file = join(cwd, BUNDLE_PATH);
  if (!existsSync(file)) {
    console.error(`${BUNDLE_PATH} is missing; run npm run bundle`);
    return 2;
  }
  const revision = JSON.parse(readFileSync(file, 'utf8'));
  const base = bundleAt(cwd, ref);
  const report = compareBundles(base, revision);
  const result = gate(report, base.info?.version, revision.info?.version);
  if (argv.includes('--json')) console.log(JSON.stringify({ base: ref, ...report, gate: result }, null, 2));
  else console.log(`${ref} (${base.info?.version}) -> working tree (${revision.info?.version})\n\n${formatReport(report)}\n${result.message}`);
  return result.pass ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
