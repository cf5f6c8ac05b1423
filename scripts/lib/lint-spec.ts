// The spec's lint: layout rules (in process), then Spectral (our ruleset + spectral:oas + OWASP) and redocly lint,
// which are independent and run side by side. Warnings fail too, because main stays at zero of both.
import { resolve } from 'node:path';
import { lintLayout } from '../../openapi/lint/layout/rules.ts';
import { projectRoot } from './paths.ts';
import { runTool, withoutBanner, type Track } from './tool.ts';

export interface LintResult {
  ok: boolean;
  /** What `npm run lint` prints: every finding with its file and rule, then one verdict line per tool. */
  output: string;
}

export async function lintSpec(root: string, options: { track?: Track } = {}): Promise<LintResult> {
  const layout = lintLayout(root);
  const sections = [
    [...layout.map((p) => `${p.file}\n  error  ${p.rule}  ${p.message}\n`), `layout: ${layout.length === 0 ? 'ok' : `${layout.length} problem(s)`}`].join('\n'),
  ];
  const tools: [string, string[]][] = [
    ['spectral', ['lint', root, '--ruleset', resolve(projectRoot, 'openapi/lint/ruleset.yaml'), '--fail-severity', 'warn', '--format', 'stylish']],
    ['redocly', ['lint', root, '--config', resolve(projectRoot, 'redocly.yaml'), '--format', 'stylish', '--max-problems', '1000']],
  ];
  const runs = await Promise.all(tools.map(([tool, args]) => runTool(tool, args, options)));
  runs.forEach((run, i) => sections.push(`${withoutBanner(run.output)}\n${tools[i][0]}: ${run.status === 0 ? 'ok' : 'failed'}`));
  return { ok: layout.length === 0 && runs.every((r) => r.status === 0), output: sections.join('\n') };
}
