// The client emitter group: everything in generated/client. Sources are written as text, then the package is
// compiled once into dist/ (ESM), then transpiled into dist/cjs/ (CommonJS).
import type { EmitterGroup, GeneratedFile } from '../../framework/emitter.ts';
import { commonJsBuild } from '../../framework/commonjs.ts';
import { copyRuntime } from '../../framework/package.ts';
import { emitAchBatch } from './ach-batch.ts';
import { emitApiMd } from './api-md.ts';
import { emitClientClass } from './client-class.ts';
import { compileClient } from './compile.ts';
import { emitFacade, emitTypes } from './facade.ts';
import { emitIndex } from './index-file.ts';
import { emitOperationsMeta } from './operations-meta.ts';
import { emitPackageJson } from './package-json.ts';
import { emitReadme } from './readme.ts';
import { CLIENT_DIR, GENERATED_BANNER, clientSrc } from './paths.ts';
import { emitSchemaTypes } from '../../framework/schema-types.ts';
import { emitVersion } from './version-file.ts';
import { emitWebhooks } from './webhooks.ts';
import { emitWebhookValidators } from './webhook-validators.ts';
import { loadControlApi } from '../../framework/control-api.ts';
import { emitSandboxEntry, SANDBOX_BANNER } from './sandbox-entry.ts';

export const clientEmitters: EmitterGroup = {
  name: 'client',
  owns: [CLIENT_DIR],
  // The runtime, and the control API's bundle behind @connectfi/client/sandbox.
  inputs: ['generators/runtime/client', 'generated/sandbox-openapi.json'],
  async emit(context) {
    const { ir, spec, root } = context;
    // The sandbox control API's entry point, when the project has that bundle.
    const control = loadControlApi(root);
    const sandbox = control ? await emitSandboxEntry(control, ir.login, context.shared) : undefined;
    const withBanner = (banner: string) => (file: GeneratedFile) => ({ path: file.path, content: `${banner}${file.content}` });
    const built = [emitVersion(ir), emitOperationsMeta(ir), emitTypes(ir), ...emitFacade(ir), emitClientClass(ir), emitWebhooks(ir), emitIndex(ir.achBatch !== undefined)]
      .map(withBanner(GENERATED_BANNER))
      .concat((sandbox?.built ?? []).map(withBanner(SANDBOX_BANNER)));
    const sources: GeneratedFile[] = [
      ...copyRuntime(root, 'generators/runtime/client', (name) => clientSrc(`runtime/${name}`)),
      await emitSchemaTypes(context, clientSrc('schema.ts')),
      emitWebhookValidators(spec, ir),
      ...emitAchBatch(ir, spec),
      ...(sandbox?.files ?? []),
      ...built,
    ];
    const esmOutput = await compileClient(context, sources);
    return [
      ...emitPackageJson(context, control !== undefined),
      emitReadme(ir, ir.achBatch !== undefined, control?.ir),
      emitApiMd(ir, ir.achBatch !== undefined, control),
      ...sources,
      ...esmOutput,
      ...commonJsBuild(CLIENT_DIR, sources, esmOutput),
    ];
  },
};
