// Ajv standalone validator modules, compiled here at generation time so the server never compiles a schema at
// start-up. Ajv's standalone output still `require()`s its runtime helpers (ucs2length, the ajv-formats formats);
// those become ESM imports of the same files, which is why the package depends on ajv and ajv-formats at runtime.
import standalone from 'ajv/dist/standalone/index.js';
import { createAjv } from '../../schema/ajv.ts';
import type { ValidatorPlan } from './route-plan.ts';

const standaloneCode = ((standalone as any).default ?? standalone) as typeof import('ajv/dist/standalone/index.js').default;

/** `require("ajv/dist/runtime/ucs2length")` -> an import of `ajv/dist/runtime/ucs2length.js` (a CJS default). */
export function requiresToImports(code: string): string {
  const modules = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
  const imports = modules.map((specifier, i) => `import runtime${i} from ${JSON.stringify(specifier.endsWith('.js') ? specifier : `${specifier}.js`)};`);
  const body = modules.reduce((text, specifier, i) => text.split(`require(${JSON.stringify(specifier)})`).join(`runtime${i}`), code.replace(/^"use strict";/, ''));
  if (/\brequire\(/.test(body)) throw new Error('Ajv standalone code kept a require() the rewrite did not recognise');
  return `${imports.join('\n')}${imports.length ? '\n' : ''}${body}\n`;
}

export interface ValidatorModule {
  js: string;
  dts: string;
}

export function validatorModule(spec: any, plans: ValidatorPlan[], banner: string): ValidatorModule {
  const dts = `${banner}import type { Validator } from '../runtime/route.js';\n${plans.map((p) => `export declare const ${p.name}: Validator;\n`).join('')}`;
  if (!plans.length) return { js: `${banner}export {};\n`, dts: `${dts}export {};\n` };
  const ajv = createAjv(spec, { code: { source: true, esm: true } });
  for (const plan of plans) ajv.addSchema(plan.schema, plan.name);
  const code = standaloneCode(ajv, Object.fromEntries(plans.map((p) => [p.name, p.name])));
  return { js: `${banner}${requiresToImports(code)}`, dts };
}
