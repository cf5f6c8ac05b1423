// The spec's lint, for `npm run lint`, the build and the dev loop: YAML syntax first, then the layout rules and
// Spectral in this process while redocly lint runs beside them. Every finding is printed as
// `file:line:column  severity  rule  message`; warnings fail too, because main stays at zero of both. A file that
// does not parse stops the run after the syntax step: every tool after it would only repeat the one mistake as dozens
// of broken $refs.
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { lintLayout, loadTree, yamlSyntax, type Problem } from '../../openapi/lint/layout/rules.ts';
import { fails, formatFinding, sortFindings, type Finding } from './lint-report.ts';
import { runRedocly } from './lint-redocly.ts';
import { runSpectral } from './lint-spectral.ts';
import { projectRoot } from './paths.ts';

export interface LintResult {
  ok: boolean;
  /** What `npm run lint` prints: every finding on its own line, then one verdict line per step. */
  output: string;
}

const asFinding = (p: Problem): Finding => ({ file: p.file, line: p.line, column: p.column, severity: 'error', rule: p.rule, message: p.message });

/** One step's findings and its verdict line; true when nothing in it fails. */
function section(lines: string[], step: string, findings: Finding[]): boolean {
  lines.push(...sortFindings(findings).map(formatFinding));
  const failed = findings.filter(fails).length;
  lines.push(`${step}: ${failed === 0 ? 'ok' : `${failed} problem(s)`}`);
  return failed === 0;
}

/** `track` receives the redocly child, so that a caller (the dev loop) can kill a run whose input is out of date. */
export async function lintSpec(root: string, options: { track?: (child: ChildProcess) => void } = {}): Promise<LintResult> {
  const lines: string[] = [];
  const tree = loadTree(root);
  if (!section(lines, 'yaml', yamlSyntax(tree).map(asFinding))) {
    lines.push('layout, spectral, redocly: skipped until every file parses');
    return { ok: false, output: lines.join('\n') };
  }
  const redocly = runRedocly(root, resolve(projectRoot, 'redocly.yaml'), options.track);
  let ok = section(lines, 'layout', lintLayout(tree).map(asFinding));
  try {
    ok = section(lines, 'spectral', await runSpectral(root, resolve(projectRoot, 'openapi/lint/ruleset.yaml'))) && ok;
  } catch (error) {
    lines.push(`spectral: could not run: ${(error as Error).message}`);
    ok = false;
  }
  const { findings, failure } = await redocly;
  if (failure !== undefined) {
    lines.push(failure, 'redocly: could not run');
    ok = false;
  } else {
    ok = section(lines, 'redocly', findings) && ok;
  }
  return { ok, output: lines.join('\n') };
}
