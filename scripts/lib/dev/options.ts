// What `npm run dev` watches and where it writes. Defaults are the project's own openapi/, docs/ and generated/;
// the test points them at a temporary copy so it never edits the real files.
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../paths.ts';

export interface DevOptions {
  /** The spec's root file; its directory is watched. */
  specRoot: string;
  /** The guides directory (docs/). */
  docsDir: string;
  /** Where the bundle (`openapi.{yaml,json}`) and the built docs (`docs/index.html`) go. */
  outDir: string;
  /** Regenerate the packages (only when outDir is the project's generated/, which generate reads). */
  generate: boolean;
  lint: boolean;
  /** Start the bundle's children (the mock). */
  children: boolean;
}

export const USAGE = 'usage: npm run dev -- [--spec openapi/openapi.yaml] [--docs docs] [--out generated] [--no-generate] [--no-lint] [--no-mock]';

export function parseDevOptions(argv: string[]): DevOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return resolve(v);
  };
  const known = new Set(['--spec', '--docs', '--out', '--no-generate', '--no-lint', '--no-mock']);
  const unknown = argv.filter((a, i) => a.startsWith('--') && !known.has(a) && !['--spec', '--docs', '--out'].includes(argv[i - 1]));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  const outDir = value('--out') ?? join(projectRoot, 'generated');
  return {
    specRoot: value('--spec') ?? join(projectRoot, 'openapi', 'openapi.yaml'),
    docsDir: value('--docs') ?? join(projectRoot, 'docs'),
    outDir,
    generate: !argv.includes('--no-generate') && outDir === join(projectRoot, 'generated'),
    lint: !argv.includes('--no-lint'),
    children: !argv.includes('--no-mock'),
  };
}

export const specDir = (options: DevOptions) => dirname(options.specRoot);
