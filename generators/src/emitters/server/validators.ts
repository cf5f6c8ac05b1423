// Ajv standalone validator modules, compiled here at generation time so the server never compiles a schema at
// start-up. Ajv's standalone output `require()`s its runtime helpers (ucs2length, the ajv-formats formats), which
// is why the package depends on ajv and ajv-formats at runtime. Each module is emitted once, as CommonJS (what Ajv
// writes natively) in dist/cjs/; the ESM build re-exports it by name, so the megabytes of validator code are not
// shipped twice.
import standalone from 'ajv/dist/standalone/index.js';
import { createAjv } from '../../schema/ajv.ts';
import type { ValidatorPlan } from './route-plan.ts';

const standaloneCode = ((standalone as any).default ?? standalone) as typeof import('ajv/dist/standalone/index.js').default;

export interface ValidatorModule {
  /** CommonJS: Ajv's standalone code, `exports.<name> = validateN`. */
  cjs: string;
  /** ESM: the CommonJS module's exports, re-exported by name. */
  esm: string;
  dts: string;
}

/** `cjsSpecifier`: the CommonJS module as the ESM file imports it (e.g. `../cjs/validators/request.js`). */
export function validatorModule(spec: any, plans: ValidatorPlan[], banner: string, cjsSpecifier: string): ValidatorModule {
  const dts = `${banner}import type { Validator } from '../runtime/route.js';\n${plans.map((p) => `export declare const ${p.name}: Validator;\n`).join('')}`;
  if (!plans.length) return { cjs: `${banner}module.exports = {};\n`, esm: `${banner}export {};\n`, dts: `${dts}export {};\n` };
  const ajv = createAjv(spec, { code: { source: true, esm: false } });
  for (const plan of plans) ajv.addSchema(plan.schema, plan.name);
  const code = standaloneCode(ajv, Object.fromEntries(plans.map((p) => [p.name, p.name])));
  const esm = `${banner}import validators from '${cjsSpecifier}';\n\nexport const {\n${plans.map((p) => `  ${p.name},\n`).join('')}} = validators;\n`;
  return { cjs: `${banner}${code}\n`, esm, dts };
}
