// The client emitter group: everything in generated/client.
import type { EmitterGroup } from '../../framework/emitter.ts';
import { emitPackageJson } from './package-json.ts';
import { CLIENT_DIR } from './paths.ts';
import { emitSchemaTypes } from './schema-types.ts';

export const clientEmitters: EmitterGroup = {
  name: 'client',
  owns: [CLIENT_DIR],
  async emit(context) {
    return [emitPackageJson(context), await emitSchemaTypes(context)];
  },
};
