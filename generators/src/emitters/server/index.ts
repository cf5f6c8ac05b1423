// The server emitter group: everything in generated/server. TypeScript sources go to src/ (readable, reviewed in
// diffs), the compiled modules and the standalone validators to dist/ (ESM) and dist/cjs/ (CommonJS): what the package exports.
import type { EmitterGroup, GeneratedFile } from '../../framework/emitter.ts';
import { commonJsBuild } from '../../framework/commonjs.ts';
import { copyRuntime } from '../../framework/package.ts';
import { GENERATED_BANNER } from '../../framework/banner.ts';
import { emitSchemaTypes } from '../../framework/schema-types.ts';
import { compileTypeScript } from './compile.ts';
import { indexSource, webhooksSource } from './entry.ts';
import { handlersSource } from './handlers.ts';
import { emitPackageJson } from './package-json.ts';
import { SERVER_DIR, serverDist, serverSrc } from './paths.ts';

import { readmeFile } from './readme.ts';
import { routeTableSource } from './route-table.ts';
import { apiRequestValidators, apiResponseValidators, apiServerPlan, validatorModule } from './validators.ts';

export const serverEmitters: EmitterGroup = {
  name: 'server',
  owns: [SERVER_DIR],
  inputs: ['generators/runtime/server'],
  async emit(context) {
    const { ir, spec, root } = context;
    const plan = apiServerPlan(context);
    const modules = {
      request: apiRequestValidators(context),
      response: apiResponseValidators(context),
      webhooks: validatorModule(spec, plan.webhookValidators, GENERATED_BANNER, '../cjs/validators/webhooks.js'),
    };
    const schemaTypes = await emitSchemaTypes(context, serverSrc('schema.ts'));
    const sources: GeneratedFile[] = [
      ...copyRuntime(root, 'generators/runtime/server', (name) => serverSrc(`runtime/${name}`)),
      { path: serverSrc('schema.ts'), content: schemaTypes.content },
      { path: serverSrc('routes.ts'), content: routeTableSource(plan.routes, GENERATED_BANNER) },
      { path: serverSrc('handlers.ts'), content: handlersSource(plan.routes, GENERATED_BANNER) },
      { path: serverSrc('webhooks.ts'), content: webhooksSource(ir, GENERATED_BANNER) },
      { path: serverSrc('index.ts'), content: indexSource(ir, GENERATED_BANNER) },
      ...Object.entries(modules).map(([name, m]) => ({ path: serverSrc(`validators/${name}.d.ts`), content: m.dts })),
    ];
    const compiled = await compileTypeScript(context, `${SERVER_DIR}/src`, `${SERVER_DIR}/dist`, sources);
    const validators = Object.entries(modules).flatMap(([name, m]) => [
      { path: serverDist(`validators/${name}.js`), content: m.esm },
      { path: serverDist(`validators/${name}.d.ts`), content: m.dts },
      { path: serverDist(`cjs/validators/${name}.js`), content: m.cjs },
    ]);
    const esmOutput = [...compiled, ...validators];
    return [...emitPackageJson(context), readmeFile(root, ir, plan.routes), ...sources, ...esmOutput, ...commonJsBuild(SERVER_DIR, sources, esmOutput)];
  },
};
