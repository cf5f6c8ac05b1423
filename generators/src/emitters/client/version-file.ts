// src/version.ts: the package's version (from info.version, through framework/version.ts), which the client sends
// in its User-Agent and exports as VERSION.
import type { GeneratedFile } from '../../framework/emitter.ts';
import { packageVersion } from '../../framework/version.ts';
import type { ApiIR } from '../../ir/types.ts';
import { PACKAGE_NAME, clientSrc } from './paths.ts';

/** src/version.ts, without the banner. */
export function emitVersion(ir: ApiIR): GeneratedFile {
  const version = packageVersion(ir);
  const text = [
    `/** The version of ${PACKAGE_NAME}, the same as the API description's info.version. */`,
    `export const VERSION = ${JSON.stringify(version)};\n`,
    '/** What the client sends as User-Agent: the package and its version. */',
    `export const USER_AGENT = ${JSON.stringify(`${PACKAGE_NAME}/${version}`)};\n`,
  ].join('\n');
  return { path: clientSrc('version.ts'), content: text };
}
