// The contract kit emitter group: everything in generated/contract (`@connectfi/contract`). The response validators
// come from the server's plan and validator generation, so the kit judges answers with the same code as the stubs.
import type { EmitterGroup, GeneratedFile } from '../../framework/emitter.ts';
import { copyRuntime, pinnedDependencies } from '../../framework/package.ts';
import { GENERATED_BANNER } from '../client/paths.ts';
import { compileTypeScript } from '../server/compile.ts';
import { planServer } from '../server/route-plan.ts';
import { validatorModule } from '../server/validators.ts';
import { cliSource, indexSource, kitSource, validatorsDts } from './entry.ts';
import { mockBundle } from './mock-bundle.ts';
import { emitPackageJson } from './package-json.ts';
import { CONTRACT_DIR, contractDist, contractSrc } from './paths.ts';
import { planContract } from './plan.ts';
import { readmeFile } from './readme.ts';

export const contractEmitters: EmitterGroup = {
  name: 'contract',
  owns: [CONTRACT_DIR],
  emit(context) {
    const { ir, spec, root } = context;
    const server = planServer(ir, spec);
    const table = planContract(ir, spec, server);
    const validators = validatorModule(spec, server.responseValidators, GENERATED_BANNER);
    const dts = validatorsDts(GENERATED_BANNER, server.responseValidators.map((v) => v.name));
    const sources: GeneratedFile[] = [
      ...copyRuntime(root, 'generators/runtime/contract', (name) => contractSrc(`runtime/${name}`)),
      { path: contractSrc('cli.ts'), content: cliSource(GENERATED_BANNER) },
      { path: contractSrc('kit.ts'), content: kitSource(GENERATED_BANNER) },
      { path: contractSrc('index.ts'), content: indexSource(GENERATED_BANNER) },
      { path: contractSrc('validators/response.d.ts'), content: dts },
    ];
    const compiled = compileTypeScript(root, `${CONTRACT_DIR}/src`, `${CONTRACT_DIR}/dist`, sources);
    return [
      emitPackageJson(context),
      readmeFile(ir, table, pinnedDependencies(root, ['@stoplight/prism-cli'])['@stoplight/prism-cli']),
      { path: `${CONTRACT_DIR}/openapi.json`, content: `${JSON.stringify(mockBundle(spec), null, 2)}\n` },
      ...sources,
      ...compiled,
      { path: contractDist('contract.json'), content: `${JSON.stringify(table, null, 1)}\n` },
      { path: contractDist('validators/response.js'), content: validators.js },
      { path: contractDist('validators/response.d.ts'), content: dts },
    ];
  },
};
