// Spectral with the project's ruleset, in this process, through the Spectral CLI's own `lint` (the same ruleset
// loading, resolver and document parsing as `spectral lint`), so that its structured results can be printed with
// file and line next to the other tools' findings.
import { createRequire } from 'node:module';
import type { Finding, Severity } from './lint-report.ts';

interface SpectralResult {
  code: string | number;
  message: string;
  severity: number;
  source?: string;
  range: { start: { line: number; character: number } };
}

type SpectralLint = (documents: string[], flags: { ruleset: string }) => Promise<{ results: SpectralResult[] }>;

const require = createRequire(import.meta.url);
const SEVERITY: Severity[] = ['error', 'warning', 'info', 'hint'];

export async function runSpectral(root: string, ruleset: string): Promise<Finding[]> {
  // The CLI's linter module: a pinned devDependency (exact version in package.json), not a public entry point.
  const { lint } = require('@stoplight/spectral-cli/dist/services/linter/linter.js') as { lint: SpectralLint };
  const { results } = await lint([root], { ruleset });
  return results.map((r) => ({
    file: r.source ?? root,
    line: r.range.start.line + 1,
    column: r.range.start.character + 1,
    severity: SEVERITY[r.severity] ?? 'error',
    rule: String(r.code),
    message: r.message,
  }));
}
