// src/webhook-validators.ts: Ajv standalone code for every webhook payload, generated now so the client validates
// webhooks at runtime without Ajv. Ajv's runtime helpers are redirected to the copies in src/runtime/; any other
// runtime import would be a new dependency, so generation stops and names it.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fullFormats } from '../../../runtime/client/formats.ts';
import { createAjv, bundleRef } from '../../schema/ajv.ts';
import type { ApiIR } from '../../ir/types.ts';
import { GENERATED_BANNER, clientSrc } from './paths.ts';
import type { GeneratedFile } from '../../framework/emitter.ts';

const WEBHOOK_ID = 'https://connectfi.example/webhooks/';
const FORMAT_REQUIRE = /require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\.([\w$]+)|\["([^"]+)"\])/g;
const UCS2_REQUIRE = 'require("ajv/dist/runtime/ucs2length")';

export function emitWebhookValidators(spec: any, ir: ApiIR): GeneratedFile {
  const path = clientSrc('webhook-validators.ts');
  if (!ir.webhooks.length) return { path, content: `${GENERATED_BANNER}export {};\n` };
  const ajv = createAjv(spec, { code: { source: true, esm: true } });
  const exports: Record<string, string> = {};
  for (const hook of ir.webhooks) {
    ajv.addSchema({ $id: `${WEBHOOK_ID}${hook.name}`, $ref: bundleRef(hook.body.schema) });
    exports[hook.name] = `${WEBHOOK_ID}${hook.name}`;
  }
  let code: string = (standaloneCode as unknown as (a: typeof ajv, refs: Record<string, string>) => string)(ajv, exports);
  code = code.replace(FORMAT_REQUIRE, (_, dotted: string | undefined, quoted: string | undefined) => {
    const name = dotted ?? quoted!;
    if (!(name in fullFormats)) throw new Error(`webhook validators: format "${name}" is not implemented in ${'generators/runtime/client/formats.ts'}`);
    return `fullFormats[${JSON.stringify(name)}]`;
  });
  code = code.split(UCS2_REQUIRE).join('{ default: ucs2length }');
  const stray = /require\("[^"]+"\)/.exec(code);
  if (stray) throw new Error(`webhook validators: the standalone code needs ${stray[0]}, a runtime dependency the client must not have`);
  const header = [
    GENERATED_BANNER.trim(),
    '// Ajv standalone code: plain JavaScript, so it is not type-checked here; webhooks.ts gives it its types.',
    '// @ts-nocheck',
    "import { fullFormats } from './runtime/formats.js';",
    "import ucs2length from './runtime/ucs2length.js';",
  ].join('\n');
  return { path, content: `${header}\n${code.replace(/^"use strict";/, '')}\n` };
}
