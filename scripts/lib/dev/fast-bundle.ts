// The dev loop's in-process bundle: @redocly/openapi-core, the library inside `redocly bundle`, kept warm in the
// dev process so a preview takes a fraction of a second instead of a CLI start. It orders a few root keys
// differently from the CLI, so it only feeds the preview; generated/openapi.* always comes from `redocly bundle`
// (scripts/lib/bundle-spec.ts), which the loop runs right after.
import { bundle, loadConfig, type Config } from '@redocly/openapi-core';
import { relative } from 'node:path';
import { finishBundle } from '../bundle-spec.ts';
import { projectRoot } from '../paths.ts';

export interface Problem {
  /** Which step found it: `bundle`, `lint`, `docs`, `generate`, `mock`. */
  source: string;
  /** What is wrong, naming the file and line where the tool says so. */
  text: string;
}

let config: Promise<Config> | undefined;

/**
 * The bundled spec, or the problems that stop it. A YAML syntax error also makes every $ref to that file
 * unresolvable; only the parse error is kept, because the follow-on findings name no new mistake.
 */
export async function fastBundle(root: string): Promise<{ spec?: Record<string, any>; problems: Problem[] }> {
  config ??= loadConfig({});
  try {
    const result = await bundle({ ref: root, config: await config, dereference: false });
    const errors = result.problems.filter((p) => p.severity === 'error');
    const parse = errors.filter((p) => p.message.startsWith('Failed to parse'));
    const shown = (parse.length ? parse : errors).map((p) => ({ source: 'bundle', text: describe(p) }));
    if (shown.length) return { problems: shown };
    return { spec: finishBundle(result.bundle.parsed as Record<string, any>).spec, problems: [] };
  } catch (error) {
    return { problems: [{ source: 'bundle', text: (error as Error).message }] };
  }
}

function describe(problem: { message: string; location?: { source: { absoluteRef: string }; pointer?: string; start?: { line: number; col: number } }[] }): string {
  const where = problem.location?.[0];
  if (!where) return problem.message;
  const inProject = relative(projectRoot, where.source.absoluteRef);
  const file = inProject.startsWith('..') ? where.source.absoluteRef : inProject;
  const at = where.start ? `:${where.start.line}:${where.start.col}` : where.pointer ? ` ${where.pointer}` : '';
  // The parser's message already names the absolute path and position; say it once, relative.
  const message = problem.message.replace(` in "${where.source.absoluteRef}"`, '').replace(/ \(\d+:\d+\)$/, '');
  return `${file}${at}: ${message}`;
}
