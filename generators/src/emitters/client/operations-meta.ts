// src/operations.ts: the runtime's data about every operation (route, auth, media types, envelope, pattern, and
// the query that recovers a retried creation), so SDK behaviour per operation is a table, not code.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR, OperationIR } from '../../ir/types.ts';
import { entrySrc, MAIN_ENTRY, type ClientEntry } from './paths.ts';

/**
 * The rail's query by `references` that reads back what a creation deduplicated by `reference` returns: same
 * group, and its records are the creation's own `data` schema (so a card registration is never "recovered" as a
 * transaction). A dry run (`validate…`) creates nothing, so its `referenceExists` is always the caller's: no recovery.
 */
export function recoveryQuery(ir: ApiIR, op: OperationIR): OperationIR | undefined {
  const created = op.success?.dataSchemaName;
  if (!op.dedupedByReference || !created || /^validate/.test(op.action)) return undefined;
  const candidates = ir.operations.filter((o) => o.group === op.group && o.pattern.kind === 'query' && o.pattern.batchKeys.includes('references') && o.success?.itemSchemaName === created);
  return candidates.find((o) => !o.deprecated) ?? candidates[0];
}

function metaLiteral(op: OperationIR): string {
  const meta = {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    authenticated: op.security.length > 0,
    requestContentType: op.requestBody?.contentType,
    responseContentType: op.success?.contentType,
    enveloped: op.success?.enveloped ?? false,
    pattern: op.pattern,
  };
  return JSON.stringify(meta, null, 2);
}

/** The entry's src/operations.ts, without the banner. */
export function emitOperationsMeta(ir: ApiIR, entry: ClientEntry = MAIN_ENTRY): GeneratedFile {
  // Recovery targets are queries, which recover nothing themselves: declaring operations without a recovery
  // first means every reference is to a constant already declared.
  const ordered = [...ir.operations].sort((a, b) => Number(!!recoveryQuery(ir, a)) - Number(!!recoveryQuery(ir, b)));
  const constants = ordered.map((op) => {
    const recovery = recoveryQuery(ir, op);
    const literal = metaLiteral(op);
    return `const ${op.operationId}: OperationMeta = ${recovery ? `${literal.slice(0, -2)},\n  "recoverByQuery": ${recovery.operationId}\n}` : literal};\n`;
  });
  const openRoutes = ir.operations.filter((o) => o.security.length === 0).map((o) => `${o.method.toUpperCase()} ${o.path}`);
  const text = [
    `import type { OperationMeta } from '${entry.runtime}/operation.js';\n`,
    ...constants,
    '/** Every operation of the bundle, by operationId. */',
    // Typed explicitly: a module's declarations are emitted from its own text (isolatedDeclarations, compile.ts).
    `export const operationMeta: {\n${ir.operations.map((o) => `  readonly ${o.operationId}: OperationMeta;\n`).join('')}} = { ${ir.operations.map((o) => o.operationId).join(', ')} } as const;\n`,
    '/** `METHOD /path` of the operations that send no token. */',
    `export const openRoutes: ReadonlySet<string> = new Set(${JSON.stringify(openRoutes, null, 2)});\n`,
  ].join('\n');
  return { path: entrySrc(entry, 'operations.ts'), content: text };
}
