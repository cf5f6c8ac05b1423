// The bundle's types from openapi-typescript: `paths`, `operations`, `webhooks` and `components`, which the
// facade and the low-level openapi-fetch client are typed with.
import openapiTS, { astToString } from 'openapi-typescript';
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { GENERATED_BANNER, clientSrc } from './paths.ts';

/** `path` and `banner` default to the client's own; the sandbox control API's entry points pass theirs. */
export async function emitSchemaTypes({ spec }: Pick<EmitContext, 'spec'>, path = clientSrc('schema.ts'), banner = GENERATED_BANNER): Promise<GeneratedFile> {
  const ast = await openapiTS(structuredClone(spec), { silent: true });
  return { path, content: `${banner}${astToString(ast)}` };
}
