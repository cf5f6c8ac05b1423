// The dev loop's bundle: the build's own in-process bundle (../core-bundle.ts, @redocly/openapi-core kept warm in the
// dev process), finished as generated/openapi.* is, so a preview takes a fraction of a second instead of a CLI start
// and the files the loop writes are the build's.
import { type Bundle, finishBundle } from '../bundle-spec.ts';
import { bundleOrProblems } from '../core-bundle.ts';

export interface Problem {
  /** Which step found it: `bundle`, `lint`, `docs`, `generate`, `mock`. */
  source: string;
  /** What is wrong, naming the file and line where the tool says so. */
  text: string;
}

/** The bundle, or the problems that stop it. */
export async function fastBundle(root: string): Promise<{ bundle?: Bundle; problems: Problem[] }> {
  try {
    const result = await bundleOrProblems(root);
    if ('problems' in result) return { problems: result.problems.map((text) => ({ source: 'bundle', text })) };
    return { bundle: finishBundle(result.spec), problems: [] };
  } catch (error) {
    return { problems: [{ source: 'bundle', text: (error as Error).message }] };
  }
}
