// Spectral with the project's ruleset, in this process, through the Spectral CLI's own `lint` (the same ruleset
// loading, resolver and document parsing as `spectral lint`), so that its structured results can be printed with
// file and line next to the other tools' findings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Finding, Severity } from './lint-report.ts';

interface SpectralResult {
  code: string | number;
  message: string;
  path: (string | number)[];
  severity: number;
  source?: string;
  range: { start: { line: number; character: number } };
}

/**
 * The 1-based line and column of a JSON path in a YAML file. Spectral gives resolver errors (invalid-ref) a path
 * but no range (line 1), which would send the user to the top of the file instead of to the broken $ref.
 */
export function locate(file: string, path: (string | number)[]): { line: number; column: number } | undefined {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    const node = doc.getIn(path, true);
    if (!isNode(node) || !node.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  } catch {
    return undefined;
  }
}

type SpectralLint = (documents: string[], flags: { ruleset: string }) => Promise<{ results: SpectralResult[] }>;

const require = createRequire(import.meta.url);
const SEVERITY: Severity[] = ['error', 'warning', 'info', 'hint'];

export async function runSpectral(root: string, ruleset: string): Promise<Finding[]> {
  // The CLI's linter module: a pinned devDependency (exact version in package.json), not a public entry point.
  const { lint } = require('@stoplight/spectral-cli/dist/services/linter/linter.js') as { lint: SpectralLint };
  const { results } = await lint([root], { ruleset });
  return results.map((r) => {
    const file = r.source ?? root;
    const unplaced = r.range.start.line === 0 && r.range.start.character === 0 && r.path.length > 0;
    const place = (unplaced ? locate(file, r.path) : undefined) ?? { line: r.range.start.line + 1, column: r.range.start.character + 1 };
    return { file, ...place, severity: SEVERITY[r.severity] ?? 'error', rule: String(r.code), message: r.message };
  });
}
