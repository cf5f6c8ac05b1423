// src/resources/<group>.ts: one file per tag group, as Stainless SDKs lay out `src/resources/`, each holding the
// group's class with one method per operation (path parameters first, then the query, then the body, then per-call
// options), list iterators (`listAll`) and batched queries; src/resources/index.ts lists them for the client class.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR, OperationIR } from '../../ir/types.ts';
import { methodDocs } from './jsdoc.ts';
import { groupClass, groupFile, identifier, iteratorName } from './names.ts';
import { entrySrc, MAIN_ENTRY, type ClientEntry } from './paths.ts';
import { classText, importText, type ClassText, type Method, type Parameter } from './ts-text.ts';
import { operationTypes } from './type-exprs.ts';

/** Properties of the client object that a group name must not shadow. */
const CLIENT_MEMBERS = new Set(['raw', 'billKeys', 'core']);

const PAGING_FIELDS = new Set(['numberOfRecords', 'skipRecords']);

/**
 * True when a list's filter may be left out (`cfi.ach.listAll()`): its body requires nothing but the paging
 * fields, which the iterator fills.
 */
export function filterIsOptional(op: OperationIR): boolean {
  if (!op.requestBody) return true;
  return op.requestBody.requiredProperties.every((name) => PAGING_FIELDS.has(name));
}

function callMethods(ir: ApiIR, op: OperationIR, entry: ClientEntry): Method[] {
  const types = operationTypes(op, 'T.');
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const parameters: Parameter[] = pathParams.map((p) => ({ name: identifier(p.name), type: types.pathParam(p.name) }));
  if (types.query) parameters.push({ name: 'query', type: types.query, optional: !op.parameters.some((p) => p.in === 'query' && p.required) });
  const multipart = op.requestBody?.contentType.startsWith('multipart/');
  if (types.body) parameters.push({ name: 'body', type: multipart ? `FormData | MultipartBody<${types.body}>` : types.body, optional: !op.requestBody!.required });
  parameters.push({ name: 'options', type: 'RequestOptions', optional: true });
  const fields = [pathParams.length ? `path: { ${pathParams.map((p) => `${JSON.stringify(p.name)}: ${identifier(p.name)}`).join(', ')} }` : '', types.query ? 'query' : '', types.body ? 'body' : ''].filter(Boolean);
  const input = fields.length ? `{ ${fields.join(', ')} }` : '{}';
  const meta = `operationMeta.${op.operationId}`;
  const call =
    op.pattern.kind === 'query' && types.body ? `return this.core.queryAll(${meta}, body as Record<string, unknown>, options) as APIPromise<${types.result}>;` : `return this.core.call<${types.result}>(${meta}, ${input}, options);`;
  const methods: Method[] = [
    {
      name: op.action,
      parameters,
      returnType: `APIPromise<${types.result}>`,
      docs: methodDocs(ir, op, {
        method: op.action,
        receiver: entry.receiver(op.group),
        lead: op.pattern.kind === 'query' ? `${op.summary}. Takes any number of ids: more than ${op.pattern.maxBatch} are sent in batches.` : undefined,
      }),
      statements: [call],
    },
  ];
  if (op.pattern.kind === 'list' && types.body && !pathParams.length && !types.query) {
    methods.push({
      name: iteratorName(op),
      parameters: [
        { name: 'filter', type: types.body, optional: filterIsOptional(op) },
        { name: 'options', type: 'RequestOptions', optional: true },
      ],
      returnType: `AsyncGenerator<${types.record}>`,
      docs: methodDocs(ir, op, { method: iteratorName(op), iterate: true, receiver: entry.receiver(op.group), lead: `Every record of \`${op.action}\`, fetched page by page (\`numberOfRecords\`, \`skipRecords\`, \`more\`).` }),
      statements: [`return this.core.paginate<${types.record}>(${meta}, (filter ?? {}) as Record<string, unknown>, options);`],
    });
  }
  return methods;
}

function groupClassStructure(ir: ApiIR, group: string, operations: OperationIR[], entry: ClientEntry): ClassText {
  const description = ir.groups.find((g) => g.name === group)?.description;
  return {
    name: groupClass(group),
    docs: `\`${entry.receiver(group)}\`${description ? `: ${description}` : ''}`,
    constructor: { parameters: [{ name: 'core', type: 'ConnectFiCore', modifiers: 'private readonly ' }], statements: [] },
    methods: operations.flatMap((op) => callMethods(ir, op, entry)),
  };
}

/** Groups that have at least one operation, in tag order, then any group only operations name. */
export function groupsInUse(ir: ApiIR): string[] {
  const used = new Set(ir.operations.map((o) => o.group));
  return [...new Set([...ir.groups.map((g) => g.name), ...used])].filter((g) => used.has(g));
}

/** The entry's resources/index.ts: what the client class composes, and what the entry point re-exports. */
export const RESOURCES_INDEX = './resources/index.js';

/** One file per group under the entry's src/resources/, and their index (without the banner). */
export function emitFacade(ir: ApiIR, entry: ClientEntry = MAIN_ENTRY): GeneratedFile[] {
  const groups = groupsInUse(ir);
  const clash = groups.find((g) => CLIENT_MEMBERS.has(g));
  if (clash) throw new Error(`the group name "${clash}" would shadow the client's own cfi.${clash}; rename its x-connectfi-group`);
  // The resources sit one folder below the entry.
  const runtime = `../${entry.runtime.replace(/^\.\//, '')}`;
  const files = groups.map((group) => {
    const structure = groupClassStructure(
      ir,
      group,
      ir.operations.filter((o) => o.group === group),
      entry,
    );
    const multipart = structure.methods!.some((m) => m.parameters.some((p) => p.type.includes('MultipartBody<')));
    const imports = [
      importText(`${runtime}/api-promise.js`, ['APIPromise'], true),
      importText(`${runtime}/core.js`, ['ConnectFiCore'], true),
      importText(`${runtime}/operation.js`, multipart ? ['MultipartBody', 'RequestOptions'] : ['RequestOptions'], true),
      importText('../types.js', { namespace: 'T' }, true),
      importText('../operations.js', ['operationMeta']),
    ];
    return { path: entrySrc(entry, `resources/${groupFile(group)}.ts`), content: `${imports.join('')}\n${classText(structure)}` };
  });
  const exports = groups.length ? groups.map((group) => `export { ${groupClass(group)} } from './${groupFile(group)}.js';\n`).join('') : 'export {};\n';
  return [...files, { path: entrySrc(entry, 'resources/index.ts'), content: exports }];
}

/** The entry's src/types.ts: the request, result and record type of every operation (without the banner). */
export function emitTypes(ir: ApiIR, entry: ClientEntry = MAIN_ENTRY): GeneratedFile {
  const aliases = ir.operations.flatMap((op) => operationTypes(op).aliases);
  const statements = aliases.length ? aliases.map((alias) => `export type ${alias.name} = ${alias.type};\n`).join('') : 'export {};\n';
  return { path: entrySrc(entry, 'types.ts'), content: `${importText('./schema.js', ['operations'], true)}${statements}` };
}
