// Ajv standalone validator modules, compiled here at generation time so the server never compiles a schema at
// start-up. Ajv's standalone output `require()`s its runtime helpers (ucs2length, the ajv-formats formats), which
// is why the package depends on ajv and ajv-formats at runtime. Each module is emitted once, as CommonJS (what Ajv
// writes natively) in dist/cjs/; the ESM build re-exports it by name, so the megabytes of validator code are not
// shipped twice.
import type { ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { GENERATED_BANNER } from '../../framework/banner.ts';
import { once, type EmitContext } from '../../framework/emitter.ts';
import { createAjv } from '../../schema/ajv.ts';
import { planServer, type ServerPlan, type ValidatorPlan } from './route-plan.ts';

const standaloneCode = ((standalone as any).default ?? standalone) as typeof import('ajv/dist/standalone/index.js').default;

export interface ValidatorModule {
  /** CommonJS: Ajv's standalone code, `exports.<name> = validateN`. */
  cjs: string;
  /** ESM: the CommonJS module's exports, re-exported by name. */
  esm: string;
  dts: string;
  /** A validator of the module, compiled: for what generation itself learns from validating (contract/negatives.ts). */
  validator(name: string): ValidateFunction;
}

export interface ValidatorOptions {
  /** Also enforce the keywords that are business rules only (request validators; see ajv.ts). */
  businessRules?: boolean;
  /** The module, as the .d.ts imports it, that exports the `Validator` type. */
  runtime?: string;
}

function declarations(plans: ValidatorPlan[], banner: string, runtime: string): string {
  return `${banner}import type { Validator } from '${runtime}';\n${plans.map((p) => `export declare const ${p.name}: Validator;\n`).join('')}${plans.length ? '' : 'export {};\n'}`;
}

function standaloneValidators(spec: any, plans: ValidatorPlan[], esm: boolean, businessRules: boolean): { code: string; validator(name: string): ValidateFunction } {
  const ajv = createAjv(spec, { code: { source: true, esm }, businessRules });
  for (const plan of plans) ajv.addSchema(plan.schema, plan.name);
  const validator = (name: string) => {
    const validate = ajv.getSchema(name);
    if (!validate) throw new Error(`no validator ${name} in this module`);
    return validate;
  };
  return { code: standaloneCode(ajv, Object.fromEntries(plans.map((p) => [p.name, p.name]))), validator };
}

/** `cjsSpecifier`: the CommonJS module as the ESM file imports it (e.g. `../cjs/validators/request.js`). */
export function validatorModule(spec: any, plans: ValidatorPlan[], banner: string, cjsSpecifier: string, { businessRules = false, runtime = '../runtime/route.js' }: ValidatorOptions = {}): ValidatorModule {
  const dts = declarations(plans, banner, runtime);
  const none = (name: string): ValidateFunction => {
    throw new Error(`no validator ${name} in this module`);
  };
  if (!plans.length) return { cjs: `${banner}module.exports = {};\n`, esm: `${banner}export {};\n`, dts, validator: none };
  const { code, validator } = standaloneValidators(spec, plans, false, businessRules);
  const esm = `${banner}import validators from '${cjsSpecifier}';\n\nexport const {\n${plans.map((p) => `  ${p.name},\n`).join('')}} = validators;\n`;
  return { cjs: `${banner}${code}\n`, esm, dts, validator };
}

/** The API's server plan (route-plan.ts), which the server and the contract kit both read: made once per run. */
export const apiServerPlan = (context: Pick<EmitContext, 'ir' | 'spec' | 'shared'>): ServerPlan => once(context, 'server plan', () => planServer(context.ir, context.spec));

/** The validators of every request's parameters and body, in route order. */
export const requestValidatorPlans = (plan: ServerPlan): ValidatorPlan[] => plan.routes.flatMap((r) => [r.validateParameters, r.body?.validate].filter((v) => v !== undefined));

/**
 * The API's request validators, with the business rules (the server's), which the contract kit's plan also validates
 * with to learn its negative cases: generated once per run.
 */
export function apiRequestValidators(context: Pick<EmitContext, 'ir' | 'spec' | 'shared'>): ValidatorModule {
  return once(context, 'server request validators', () => validatorModule(context.spec, requestValidatorPlans(apiServerPlan(context)), GENERATED_BANNER, '../cjs/validators/request.js', { businessRules: true }));
}

/**
 * The API's response validators, which the server and the contract kit both ship (the kit judges answers with the
 * stubs' code): generated once per run.
 */
export function apiResponseValidators(context: Pick<EmitContext, 'ir' | 'spec' | 'shared'>): ValidatorModule {
  return once(context, 'server response validators', () => validatorModule(context.spec, apiServerPlan(context).responseValidators, GENERATED_BANNER, '../cjs/validators/response.js'));
}

/**
 * One ES module of Ajv's standalone code, for a package that ships ESM only (the sandbox's control tables, served
 * beside @connectfi/server's runtime).
 */
export function esmValidatorModule(spec: any, plans: ValidatorPlan[], banner: string, { businessRules = false, runtime = '../runtime/route.js' }: ValidatorOptions = {}): { js: string; dts: string } {
  const dts = declarations(plans, banner, runtime);
  if (!plans.length) return { js: `${banner}export {};\n`, dts };
  return { js: `${banner}${withModuleRequire(standaloneValidators(spec, plans, true, businessRules).code)}\n`, dts };
}

/**
 * Ajv's standalone code in ESM mode still `require()`s its runtime helpers (ucs2length, the ajv-formats formats),
 * CommonJS modules; an ES module has no `require`, so one is made for the module with createRequire.
 */
function withModuleRequire(body: string): string {
  if (!/\brequire\(/.test(body)) return body;
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${body}`;
}
