// The bundle's types from openapi-typescript: `paths`, `operations`, `webhooks` and `components`, which the
// facade and the low-level openapi-fetch client are typed with.
import openapiTS, { astToString } from 'openapi-typescript';
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { GENERATED_BANNER, clientSrc } from './paths.ts';

export async function emitSchemaTypes({ spec, shared }: EmitContext): Promise<GeneratedFile> {
  // Both packages carry these types: computed once per run when the run shares values.
  const compute = async () => astToString(await openapiTS(structuredClone(spec), { silent: true }));
  const types = await (shared ? shared('openapi-typescript', compute) : compute());
  return { path: clientSrc('schema.ts'), content: `${GENERATED_BANNER}${types}` };
}
