// src/resources/<group>.ts: one file per tag group, as Stainless SDKs lay out `src/resources/`, each holding the
// group's class with one method per operation (path parameters first, then the query, then the body, then per-call
// options), list iterators (`listAll`) and batched queries; src/resources/index.ts lists them for the client class.
import { Scope, StructureKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type OptionalKind, type Project, type SourceFile } from 'ts-morph';
import type { ApiIR, OperationIR } from '../../ir/types.ts';
import { methodDocs } from './jsdoc.ts';
import { groupClass, groupFile, identifier, iteratorName } from './names.ts';
import { entrySrc, MAIN_ENTRY, type ClientEntry } from './paths.ts';
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

function callMethods(ir: ApiIR, op: OperationIR, entry: ClientEntry): OptionalKind<MethodDeclarationStructure>[] {
  const types = operationTypes(op, 'T.');
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const parameters = pathParams.map((p) => ({ name: identifier(p.name), type: types.pathParam(p.name) }));
  if (types.query) {
    const required = op.parameters.some((p) => p.in === 'query' && p.required);
    parameters.push({ name: required ? 'query' : 'query?', type: types.query } as never);
  }
  const multipart = op.requestBody?.contentType.startsWith('multipart/');
  if (types.body) {
    const type = multipart ? `FormData | MultipartBody<${types.body}>` : types.body;
    parameters.push({ name: op.requestBody!.required ? 'body' : 'body?', type } as never);
  }
  parameters.push({ name: 'options?', type: 'RequestOptions' } as never);
  const fields = [pathParams.length ? `path: { ${pathParams.map((p) => `${JSON.stringify(p.name)}: ${identifier(p.name)}`).join(', ')} }` : '', types.query ? 'query' : '', types.body ? 'body' : ''].filter(Boolean);
  const input = fields.length ? `{ ${fields.join(', ')} }` : '{}';
  const meta = `operationMeta.${op.operationId}`;
  const call =
    op.pattern.kind === 'query' && types.body ? `return this.core.queryAll(${meta}, body as Record<string, unknown>, options) as APIPromise<${types.result}>;` : `return this.core.call<${types.result}>(${meta}, ${input}, options);`;
  const methods: OptionalKind<MethodDeclarationStructure>[] = [
    {
      name: op.action,
      parameters: parameters.map((p) => ({ name: p.name.replace(/\?$/, ''), type: p.type, hasQuestionToken: p.name.endsWith('?') })),
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
        { name: 'filter', type: types.body, hasQuestionToken: filterIsOptional(op) },
        { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
      ],
      returnType: `AsyncGenerator<${types.record}>`,
      docs: methodDocs(ir, op, { method: iteratorName(op), iterate: true, receiver: entry.receiver(op.group), lead: `Every record of \`${op.action}\`, fetched page by page (\`numberOfRecords\`, \`skipRecords\`, \`more\`).` }),
      statements: [`return this.core.paginate<${types.record}>(${meta}, (filter ?? {}) as Record<string, unknown>, options);`],
    });
  }
  return methods;
}

function groupClassStructure(ir: ApiIR, group: string, operations: OperationIR[], entry: ClientEntry): ClassDeclarationStructure {
  const description = ir.groups.find((g) => g.name === group)?.description;
  return {
    kind: StructureKind.Class,
    name: groupClass(group),
    isExported: true,
    docs: [`\`${entry.receiver(group)}\`${description ? `: ${description}` : ''}`],
    ctors: [{ parameters: [{ name: 'core', type: 'ConnectFiCore', scope: Scope.Private, isReadonly: true }] }],
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

/** One file per group under the entry's src/resources/, and their index. */
export function emitFacade(project: Project, root: string, ir: ApiIR, entry: ClientEntry = MAIN_ENTRY): SourceFile[] {
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
    const multipart = structure.methods!.some((m) => m.parameters!.some((p) => String(p.type).includes('MultipartBody<')));
    // One structure per file, printed once: ts-morph is slow when a file is grown statement by statement.
    return project.createSourceFile(
      `${root}/${entrySrc(entry, `resources/${groupFile(group)}.ts`)}`,
      {
        statements: [
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: `${runtime}/api-promise.js`, namedImports: ['APIPromise'] },
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: `${runtime}/core.js`, namedImports: ['ConnectFiCore'] },
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: `${runtime}/operation.js`, namedImports: multipart ? ['MultipartBody', 'RequestOptions'] : ['RequestOptions'] },
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../types.js', namespaceImport: 'T' },
          { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../operations.js', namedImports: ['operationMeta'] },
          structure,
        ],
      },
      { overwrite: true },
    );
  });
  const index = project.createSourceFile(
    `${root}/${entrySrc(entry, 'resources/index.ts')}`,
    {
      statements: groups.length
        ? groups.map((group) => ({ kind: StructureKind.ExportDeclaration as const, moduleSpecifier: `./${groupFile(group)}.js`, namedExports: [groupClass(group)] }))
        : [{ kind: StructureKind.ExportDeclaration as const }],
    },
    { overwrite: true },
  );
  return [...files, index];
}

export function emitTypes(project: Project, root: string, ir: ApiIR, entry: ClientEntry = MAIN_ENTRY) {
  const aliases = ir.operations.flatMap((op) => operationTypes(op).aliases);
  return project.createSourceFile(
    `${root}/${entrySrc(entry, 'types.ts')}`,
    {
      statements: [
        { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './schema.js', namedImports: ['operations'] },
        ...aliases.map((alias) => ({ kind: StructureKind.TypeAlias as const, name: alias.name, isExported: true, type: alias.type })),
        ...(aliases.length ? [] : [{ kind: StructureKind.ExportDeclaration as const }]),
      ],
    },
    { overwrite: true },
  );
}
