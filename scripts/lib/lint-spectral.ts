// Spectral with the project's ruleset, in this process, the way `spectral lint` runs it (the CLI's resolver, document
// parsing and run; the ruleset built as the CLI builds it, see lint-ruleset.ts), so that its structured results can
// be printed with file and line next to the other tools' findings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Finding, Severity } from './lint-report.ts';
import { loadRuleset } from './lint-ruleset.ts';

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

const require = createRequire(import.meta.url);
const SEVERITY: Severity[] = ['error', 'warning', 'info', 'hint'];

export async function runSpectral(root: string, ruleset: string): Promise<Finding[]> {
  // What the CLI's `lint` (@stoplight/spectral-cli dist/services/linter/linter.js) does for one file and no flags.
  const { Spectral, Document } = require('@stoplight/spectral-core');
  const { createHttpAndFileResolver } = require('@stoplight/spectral-ref-resolver');
  const { readParsable } = require('@stoplight/spectral-runtime');
  const { Yaml } = require('@stoplight/spectral-parsers');
  const spectral = new Spectral({ resolver: createHttpAndFileResolver() });
  spectral.setRuleset(await loadRuleset(ruleset));
  const results: SpectralResult[] = await spectral.run(new Document(await readParsable(root, {}), Yaml, root), {});
  return results.map((r) => {
    const file = r.source ?? root;
    const unplaced = r.range.start.line === 0 && r.range.start.character === 0 && r.path.length > 0;
    const place = (unplaced ? locate(file, r.path) : undefined) ?? { line: r.range.start.line + 1, column: r.range.start.character + 1 };
    return { file, ...place, severity: SEVERITY[r.severity] ?? 'error', rule: String(r.code), message: r.message };
  });
}
