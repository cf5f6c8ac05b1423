// The bundle's types from openapi-typescript: `paths`, `operations`, `webhooks` and `components`, which the
// facade and the low-level openapi-fetch client are typed with.
import openapiTS, { astToString } from 'openapi-typescript';
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { GENERATED_BANNER, clientSrc } from './paths.ts';

/**
 * `path` and `banner` default to the client's own; the sandbox control API's entry points pass theirs (and their own
 * spec, with no `shared`: only the API bundle's types are shared across the run's groups).
 */
export async function emitSchemaTypes({ spec, shared }: Pick<EmitContext, 'spec' | 'shared'>, path = clientSrc('schema.ts'), banner = GENERATED_BANNER): Promise<GeneratedFile> {
  // Both packages carry these types: computed once per run when the run shares values.
  const compute = async () => astToString(await openapiTS(structuredClone(spec), { silent: true }));
  const types = await (shared ? shared('openapi-typescript', compute) : compute());
  return { path, content: `${banner}${types}` };
}
