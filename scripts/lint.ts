// `npm run lint [root]`: layout rules, Spectral (our ruleset + spectral:oas + OWASP) and redocly lint.
// Every finding names the file and the rule; warnings fail too, because main stays at zero of both.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { lintLayout } from '../openapi/lint/layout/rules.ts';
import { bin, projectRoot } from './lib/paths.ts';

const root = resolve(process.argv[2] ?? resolve(projectRoot, 'openapi/openapi.yaml'));
let failed = false;

const layout = lintLayout(root);
for (const p of layout) console.log(`${p.file}\n  error  ${p.rule}  ${p.message}\n`);
console.log(`layout: ${layout.length === 0 ? 'ok' : `${layout.length} problem(s)`}`);
failed ||= layout.length > 0;

const steps: [string, string[]][] = [
  ['spectral', ['lint', root, '--ruleset', resolve(projectRoot, 'openapi/lint/ruleset.yaml'), '--fail-severity', 'warn', '--format', 'stylish']],
  ['redocly', ['lint', root, '--config', resolve(projectRoot, 'redocly.yaml'), '--format', 'stylish', '--max-problems', '1000']],
];
for (const [tool, args] of steps) {
  const run = spawnSync(bin(tool), args, { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_UPDATE_NOTIFIER: '1' } });
  const out = `${run.stdout}${run.stderr}`.replace(/^.*[╔║╚].*\n/gm, '').trim();
  console.log(out);
  console.log(`${tool}: ${run.status === 0 ? 'ok' : 'failed'}`);
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
