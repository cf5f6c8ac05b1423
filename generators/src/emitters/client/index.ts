// The client emitter group: everything in generated/client. Sources are built in the run's Project, then the
// package is compiled once into dist/.
import type { EmitterGroup, GeneratedFile } from '../../framework/emitter.ts';
import { copyRuntime } from '../../framework/package.ts';
import { emitAchBatch, hasAchBatch } from './ach-batch.ts';
import { emitApiMd } from './api-md.ts';
import { emitClientClass } from './client-class.ts';
import { compileClient } from './compile.ts';
import { emitFacade, emitTypes } from './facade.ts';
import { emitIndex } from './index-file.ts';
import { emitOperationsMeta } from './operations-meta.ts';
import { emitPackageJson } from './package-json.ts';
import { CLIENT_DIR, GENERATED_BANNER, clientSrc } from './paths.ts';
import { emitSchemaTypes } from './schema-types.ts';
import { emitWebhooks } from './webhooks.ts';
import { emitWebhookValidators } from './webhook-validators.ts';

export const clientEmitters: EmitterGroup = {
  name: 'client',
  owns: [CLIENT_DIR],
  inputs: ['generators/runtime/client'],
  async emit(context) {
    const { ir, spec, root, project } = context;
    const built = [
      emitOperationsMeta(project, root, ir),
      emitTypes(project, root, ir),
      emitFacade(project, root, ir),
      emitClientClass(project, root, ir),
      emitWebhooks(project, root, ir),
      emitIndex(project, root, hasAchBatch(spec)),
    ].map((sf) => {
      sf.insertText(0, GENERATED_BANNER);
      return { path: sf.getFilePath().slice(root.length + 1), content: sf.getFullText() };
    });
    const sources: GeneratedFile[] = [...copyRuntime(root, 'generators/runtime/client', (name) => clientSrc(`runtime/${name}`)), await emitSchemaTypes(context), emitWebhookValidators(spec, ir), ...emitAchBatch(spec), ...built];
    return [emitPackageJson(context), emitApiMd(ir, hasAchBatch(spec)), ...sources, ...(await compileClient(context, sources))];
  },
};
