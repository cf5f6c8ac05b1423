// The bundle's types from openapi-typescript: `paths`, `operations`, `webhooks` and `components`, which the
// facade and the low-level openapi-fetch client are typed with.
import openapiTS, { astToString } from 'openapi-typescript';
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { GENERATED_BANNER, clientSrc } from './paths.ts';

export async function emitSchemaTypes({ spec }: EmitContext): Promise<GeneratedFile> {
  const ast = await openapiTS(structuredClone(spec), { silent: true });
  return { path: clientSrc('schema.ts'), content: `${GENERATED_BANNER}${astToString(ast)}` };
}
