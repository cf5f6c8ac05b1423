// Ajv standalone validator modules, compiled here at generation time so the server never compiles a schema at
// start-up. Ajv's standalone output still `require()`s its runtime helpers (ucs2length, the ajv-formats formats),
// which is why the package depends on ajv and ajv-formats at runtime.
import standalone from 'ajv/dist/standalone/index.js';
import { createAjv } from '../../schema/ajv.ts';
import type { ValidatorPlan } from './route-plan.ts';

const standaloneCode = ((standalone as any).default ?? standalone) as typeof import('ajv/dist/standalone/index.js').default;

/**
 * The standalone code `require()`s Ajv's runtime helpers (ucs2length, the ajv-formats formats), CommonJS modules
 * whose default-import shape differs between Node and bundler-style loaders; a module-local `require` from
 * `createRequire` loads them the same way everywhere.
 */
export function withLocalRequire(code: string): string {
  const body = code.replace(/^"use strict";/, '');
  if (!/\brequire\(/.test(body)) return `${body}\n`;
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${body}\n`;
}

export interface ValidatorModule {
  js: string;
  dts: string;
}

/**
 * `businessRules`: also enforce the keywords that are business rules only (request validators; see ajv.ts).
 * `runtime`: the module, as the .d.ts imports it, that exports the `Validator` type.
 */
export function validatorModule(spec: any, plans: ValidatorPlan[], banner: string, { businessRules = false, runtime = '../runtime/route.js' } = {}): ValidatorModule {
  const dts = `${banner}import type { Validator } from '${runtime}';\n${plans.map((p) => `export declare const ${p.name}: Validator;\n`).join('')}`;
  if (!plans.length) return { js: `${banner}export {};\n`, dts: `${dts}export {};\n` };
  const ajv = createAjv(spec, { code: { source: true, esm: true }, businessRules });
  for (const plan of plans) ajv.addSchema(plan.schema, plan.name);
  const code = standaloneCode(ajv, Object.fromEntries(plans.map((p) => [p.name, p.name])));
  return { js: `${banner}${withLocalRequire(code)}`, dts };
}
