// The bundle's types from openapi-typescript (the adapter that reads the bundle itself): `paths`, `operations`,
// `webhooks` and `components`, which the client's facade, the server's handler types and the sandbox's control API
// are typed with.
import openapiTS, { astToString } from 'openapi-typescript';
import { GENERATED_BANNER } from './banner.ts';
import type { EmitContext, GeneratedFile } from './emitter.ts';

/**
 * `banner` defaults to the API bundle's; the sandbox control API's entry points pass theirs (and their own spec, with
 * no `shared`: only the API bundle's types are shared across the run's groups).
 */
export async function emitSchemaTypes({ spec, shared }: Pick<EmitContext, 'spec' | 'shared'>, path: string, banner = GENERATED_BANNER): Promise<GeneratedFile> {
  // Every package carries these types: computed once per run when the run shares values.
  const compute = async () => astToString(await openapiTS(structuredClone(spec), { silent: true }));
  const types = await (shared ? shared('openapi-typescript', compute) : compute());
  return { path, content: `${banner}${types}` };
}
