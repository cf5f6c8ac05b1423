// generated/server/src/handlers.ts: `ConnectFiHandlers`, one method per operationId, typed from the same
// openapi-typescript `operations` as the client. Open operations receive `principal: undefined`.
import type { RoutePlan } from './route-plan.ts';

const comment = (lines: string[]) => `  /**\n${lines.map((l) => `   * ${l.replace(/\*\//g, '*\\/')}`).join('\n')}\n   */\n`;
const union = (names: string[]) => (names.length ? names.map((n) => JSON.stringify(n)).join(' | ') : 'never');

function bodyType(route: RoutePlan, op: string): string {
  const files = route.body?.fileFields ?? [];
  if (!files.length) return `RequestBodyOf<${op}>`;
  const required = files.filter((f) => f.required).map((f) => f.name);
  const optional = files.filter((f) => !f.required).map((f) => f.name);
  return `WithFiles<RequestBodyOf<${op}>, ${union(required)}, ${union(optional)}>`;
}

function method(route: RoutePlan): string {
  const { operation } = route;
  const op = `operations[${JSON.stringify(operation.operationId)}]`;
  const open = operation.security.length === 0;
  const doc = [
    `${operation.summary || operation.operationId}.`,
    '',
    `\`${operation.method.toUpperCase()} ${operation.path}\`${open ? ' (open: no token)' : ''}${operation.fidelity ? `, fidelity ${operation.fidelity}` : ''}.`,
    ...(operation.deprecated ? [`@deprecated${operation.replacedBy ? ` Replaced by ${operation.replacedBy}.` : ''}`] : []),
  ];
  return `${comment(doc)}  ${operation.operationId}(input: HandlerInput<${op}, ${open ? 'undefined' : 'Principal'}, ${bodyType(route, op)}>): Awaitable<HandlerAnswer<${op}>>;\n`;
}

/** `interfaceName`, `apiName`: what the interface is called and says it serves; `runtime`: the module of the handler types. */
export function handlersSource(routes: RoutePlan[], banner: string, { interfaceName = 'ConnectFiHandlers', apiName = 'the connectFi API', runtime = './runtime/handler-types.js' } = {}): string {
  const methods = routes.map(method);
  // WithFiles only where a multipart operation uses it: the control API has none, and an unused import is dead code.
  const types = ['Awaitable', 'HandlerAnswer', 'HandlerInput', 'RequestBodyOf', ...(methods.some((m) => m.includes('WithFiles<')) ? ['WithFiles'] : [])];
  return `${banner}import type { operations } from './schema.js';
import type { ${types.join(', ')} } from '${runtime}';

/**
 * One handler per operation of ${apiName}. Each receives the validated input and returns one of the
 * responses the spec documents for it: \`{ status: 200, body }\`, \`{ status: 400, body: errorEnvelope }\`.
 * \`Principal\` is what your \`authenticate\` hook returns for a token.
 */
export interface ${interfaceName}<Principal = unknown> {
${methods.join('\n')}}

export type OperationId = keyof ${interfaceName};
/** What the handler of \`K\` receives. */
export type HandlerInputOf<K extends OperationId, Principal = unknown> = Parameters<${interfaceName}<Principal>[K]>[0];
/** What the handler of \`K\` may answer. */
export type HandlerAnswerOf<K extends OperationId> = Awaited<ReturnType<${interfaceName}[K]>>;
`;
}
