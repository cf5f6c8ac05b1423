// `npm run lint [root]`: YAML syntax, layout rules, Spectral (our ruleset + spectral:oas + OWASP) and redocly lint.
// Every finding names the file, the line, the rule and what to fix; warnings fail too, because main stays at zero of
// both. A file that does not parse stops the run after the syntax step: every tool after it would only repeat the
// one mistake as dozens of broken $refs.
import { resolve } from 'node:path';
import { lintLayout, yamlSyntax, type Problem } from '../openapi/lint/layout/rules.ts';
import { fails, formatFinding, sortFindings, type Finding } from './lib/lint-report.ts';
import { runRedocly } from './lib/lint-redocly.ts';
import { runSpectral } from './lib/lint-spectral.ts';
import { projectRoot } from './lib/paths.ts';

const root = resolve(process.argv[2] ?? resolve(projectRoot, 'openapi/openapi.yaml'));
const asFinding = (p: Problem): Finding => ({ file: p.file, line: p.line, column: p.column, severity: 'error', rule: p.rule, message: p.message });

function report(step: string, findings: Finding[]): boolean {
  for (const f of sortFindings(findings)) console.log(formatFinding(f));
  const failed = findings.filter(fails).length;
  console.log(`${step}: ${failed === 0 ? 'ok' : `${failed} problem(s)`}`);
  return failed === 0;
}

const syntax = yamlSyntax(root).map(asFinding);
if (!report('yaml', syntax)) {
  console.log('layout, spectral, redocly: skipped until every file parses');
  process.exit(1);
}

const redocly = runRedocly(root, resolve(projectRoot, 'redocly.yaml'));
let ok = report('layout', lintLayout(root).map(asFinding));
try {
  ok = report('spectral', await runSpectral(root, resolve(projectRoot, 'openapi/lint/ruleset.yaml'))) && ok;
} catch (error) {
  console.log(`spectral: could not run: ${(error as Error).message}`);
  ok = false;
}
const { findings, failure } = await redocly;
if (failure !== undefined) {
  console.log(`${failure}\nredocly: could not run`);
  ok = false;
} else {
  ok = report('redocly', findings) && ok;
}
process.exit(ok ? 0 : 1);
