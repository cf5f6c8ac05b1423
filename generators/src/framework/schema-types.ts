// The bundle's types from openapi-typescript (the adapter that reads the bundle itself): `paths`, `operations`,
// `webhooks` and `components`, which the client's facade, the server's handler types and the sandbox's control API
// are typed with.
import { GENERATED_BANNER } from './banner.ts';
import { once, type EmitContext, type GeneratedFile } from './emitter.ts';
import { openapiTypes } from './openapi-typescript.ts';

/**
 * `banner` defaults to the API bundle's; the sandbox control API's entry points pass theirs, with their own spec
 * and their own `key`: the types of one spec are computed once per run, under its key, when the run shares values.
 */
export async function emitSchemaTypes(context: Pick<EmitContext, 'spec' | 'shared'>, path: string, banner = GENERATED_BANNER, key = 'openapi-typescript'): Promise<GeneratedFile> {
  const types = await once(context, key, async () => openapiTypes(structuredClone(context.spec)));
  return { path, content: `${banner}${types}`, declaration: onlyDeclarations(types) ? types : undefined };
}

/**
 * True when `types` (TypeScript's printer's text) is made of exported interfaces and type aliases only, with no
 * comment but JSDoc: then it is its own `.d.ts`, which the compile need not parse and print again (a third of its
 * work). Anything else is left to the compile.
 */
export function onlyDeclarations(types: string): boolean {
  if (/^\s*(\/\/|\/\*(?!\*))/m.test(types)) return false;
  return types.split('\n').every((line) => /^(\s.*|export interface [\w$]+ \{|\}|export type [\w$]+ = [^\n]*;|)$/.test(line));
}
