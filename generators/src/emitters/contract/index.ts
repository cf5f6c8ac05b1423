// The contract kit emitter group: everything in generated/contract (`@connectfi/contract`). The response validators
// come from the server's plan and validator generation, so the kit judges answers with the same code as the stubs.
// Like every package it ships an ESM build in dist/ and its CommonJS twin in dist/cjs/; the bin is ESM only.
import type { EmitterGroup, GeneratedFile } from '../../framework/emitter.ts';
import { commonJsBuild } from '../../framework/commonjs.ts';
import { loadControlApi } from '../../framework/control-api.ts';
import { CJS_DIST, copyRuntime, pinnedDependencies } from '../../framework/package.ts';
import { GENERATED_BANNER } from '../../framework/banner.ts';
import { compileTypeScript } from '../server/compile.ts';
import { apiRequestValidators, apiResponseValidators, apiServerPlan } from '../server/validators.ts';
import { cliSource, indexSource, kitSource, validatorsDts } from './entry.ts';
import { mockBundle } from './mock-bundle.ts';
import { emitPackageJson } from './package-json.ts';
import { CONTRACT_DIR, contractDist, contractSrc } from './paths.ts';
import { planContract } from './plan.ts';
import { readmeFile } from './readme.ts';

export const contractEmitters: EmitterGroup = {
  name: 'contract',
  owns: [CONTRACT_DIR],
  inputs: ['generators/runtime/contract', 'generators/runtime/shared', 'generated/sandbox-openapi.json'],
  async emit(context) {
    const { ir, spec, root } = context;
    const server = apiServerPlan(context);
    const table = planContract(ir, server, apiRequestValidators(context).validator, loadControlApi(root)?.ir);
    const validators = apiResponseValidators(context);
    // The kit's own declaration (its Validator type lives in the kit's runtime, not the server's route.ts).
    const dts = validatorsDts(
      GENERATED_BANNER,
      server.responseValidators.map((v) => v.name),
    );
    const sources: GeneratedFile[] = [
      ...copyRuntime(root, 'generators/runtime/contract', (name) => contractSrc(`runtime/${name}`)),
      { path: contractSrc('cli.ts'), content: cliSource(GENERATED_BANNER) },
      { path: contractSrc('kit.ts'), content: kitSource(GENERATED_BANNER) },
      { path: contractSrc('index.ts'), content: indexSource(GENERATED_BANNER) },
      { path: contractSrc('validators/response.d.ts'), content: dts },
    ];
    const compiled = await compileTypeScript(context, `${CONTRACT_DIR}/src`, `${CONTRACT_DIR}/dist`, sources);
    const esmOutput = [
      ...compiled,
      { path: contractDist('contract.json'), content: `${JSON.stringify(table, null, 1)}\n` },
      { path: contractDist('validators/response.js'), content: validators.esm },
      { path: contractDist('validators/response.d.ts'), content: dts },
    ];
    return [
      ...emitPackageJson(context),
      readmeFile(ir, table, pinnedDependencies(root, ['@stoplight/prism-cli'])['@stoplight/prism-cli']),
      { path: `${CONTRACT_DIR}/openapi.json`, content: `${JSON.stringify(mockBundle(spec), null, 2)}\n` },
      ...sources,
      ...esmOutput,
      { path: contractDist('cjs/validators/response.js'), content: validators.cjs },
      ...commonJsTwin(sources, esmOutput),
    ];
  },
};

/**
 * dist/cjs/: the shared CommonJS build, with kit.ts transpiled from its CommonJS variant (it locates the shipped
 * files by `__dirname`) and without the bin (ESM only: it awaits at top level, and `bin` names the ESM file).
 */
function commonJsTwin(sources: GeneratedFile[], esmOutput: GeneratedFile[]): GeneratedFile[] {
  const kit = contractSrc('kit.ts');
  const cli = contractSrc('cli.ts');
  return commonJsBuild(CONTRACT_DIR, sources, esmOutput, { skip: (path) => path === cli, variants: { [kit]: kitSource(GENERATED_BANNER, 'cjs') } }).filter((f) => f.path !== `${CONTRACT_DIR}/${CJS_DIST}/cli.d.ts`);
}
