// Ajv standalone validation code for named schemas of the bundle, generated now so the client validates at runtime
// without Ajv. Ajv's runtime helpers are redirected to the copies in src/runtime/; any other runtime import would
// be a new dependency, so generation stops and names it.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fullFormats } from '../../../runtime/client/formats.ts';
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { SchemaPointer } from '../../ir/types.ts';
import { bundleRef, createAjv } from '../../schema/ajv.ts';
import { GENERATED_BANNER } from './paths.ts';
import { standaloneDeclarations } from './standalone-declarations.ts';

const ID_BASE = 'https://connectfi.example/client/';
const FORMAT_REQUIRE = /require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\.([\w$]+)|\["([^"]+)"\])/g;
const UCS2_REQUIRE = 'require("ajv/dist/runtime/ucs2length")';

/**
 * The TypeScript module at `path` exporting one validator per entry of `schemas` (export name -> schema pointer),
 * with its declarations (standalone-declarations.ts).
 */
export function standaloneModule(path: string, spec: any, schemas: Record<string, SchemaPointer>): GeneratedFile {
  if (!Object.keys(schemas).length) return { path, content: `${GENERATED_BANNER}export {};\n`, declaration: 'export {};\n' };
  const ajv = createAjv(spec, { code: { source: true, esm: true } });
  const exports: Record<string, string> = {};
  for (const [name, pointer] of Object.entries(schemas)) {
    ajv.addSchema({ $id: `${ID_BASE}${name}`, $ref: bundleRef(pointer) });
    exports[name] = `${ID_BASE}${name}`;
  }
  let code: string = (standaloneCode as unknown as (a: typeof ajv, refs: Record<string, string>) => string)(ajv, exports);
  code = code.replace(FORMAT_REQUIRE, (_, dotted: string | undefined, quoted: string | undefined) => {
    const name = dotted ?? quoted!;
    if (!(name in fullFormats)) throw new Error(`standalone validators: format "${name}" is not implemented in generators/runtime/client/formats.ts`);
    return `fullFormats[${JSON.stringify(name)}]`;
  });
  code = code.split(UCS2_REQUIRE).join('{ default: ucs2length }');
  const stray = /require\("[^"]+"\)/.exec(code);
  if (stray) throw new Error(`standalone validators: the code needs ${stray[0]}, a runtime dependency the client must not have`);
  const header = [
    GENERATED_BANNER.trim(),
    '// Ajv standalone code: plain JavaScript, so it is not type-checked here; the modules that import it give it types.',
    '// @ts-nocheck',
    "import { fullFormats } from './runtime/formats.js';",
    "import ucs2length from './runtime/ucs2length.js';",
  ].join('\n');
  return { path, content: `${header}\n${code.replace(/^"use strict";/, '')}\n`, declaration: standaloneDeclarations(code, path) };
}
