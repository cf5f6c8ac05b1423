// src/client.ts: the `ConnectFi` client (`createConnectFiClient`) with one namespace per tag group, the low-level
// openapi-fetch client as `raw`, and the bill public-key cache.
import { Scope, type Project } from 'ts-morph';
import type { ApiIR } from '../../ir/types.ts';
import { requireTokenHeader } from '../../ir/vendor.ts';
import { groupsInUse, RESOURCES_INDEX } from './facade.ts';
import { groupClass } from './names.ts';
import { clientSrc } from './paths.ts';

export function emitClientClass(project: Project, root: string, ir: ApiIR) {
  const groups = groupsInUse(ir);
  const tokenHeader = requireTokenHeader(ir, '@connectfi/client');
  // `cfi.billKeys` exists when the bundle has the operation answering the keys (the IR's `billKeys`).
  const billKeysOp = ir.operations.find((o) => o.operationId === ir.billKeys);
  // The login the client performs with `login` and `password` (the IR's `login`); without one only `token` works.
  const loginOp = ir.operations.find((o) => o.operationId === ir.login);
  const file = project.createSourceFile(`${root}/${clientSrc('client.ts')}`, '', { overwrite: true });
  file.addImportDeclarations([
    { isTypeOnly: true, moduleSpecifier: 'openapi-fetch', namedImports: ['Client'] },
    { isTypeOnly: true, moduleSpecifier: './schema.js', namedImports: ['paths'] },
    { moduleSpecifier: './runtime/core.js', namedImports: ['ConnectFiCore', 'type ClientOptions'] },
    { moduleSpecifier: './runtime/low-level.js', namedImports: ['createLowLevelClient'] },
    ...(billKeysOp ? [{ moduleSpecifier: './runtime/bill-keys.js', namedImports: ['BillKeyCache'] }] : []),
    { moduleSpecifier: './operations.js', namedImports: billKeysOp || loginOp ? ['operationMeta', 'openRoutes'] : ['openRoutes'] },
    { moduleSpecifier: './version.js', namedImports: ['USER_AGENT'] },
    ...(groups.length ? [{ moduleSpecifier: RESOURCES_INDEX, namedImports: groups.map(groupClass) }] : []),
  ]);
  file.addVariableStatement({ declarationKind: 'const' as never, declarations: [{ name: 'TOKEN_HEADER', initializer: JSON.stringify(tokenHeader) }] });
  file.addClass({
    name: 'ConnectFi',
    isExported: true,
    docs: [`The ${ir.title} client (spec ${ir.version}). Every method resolves to the success envelope's \`data\` (\`.withResponse()\` adds the status, headers and requestId) and throws a ConnectFiError subclass otherwise.`],
    properties: [
      { name: 'raw', type: 'Client<paths>', isReadonly: true, docs: ['The low-level openapi-fetch client: typed by `paths`, sharing the login; no retries, envelopes or typed errors.'] },
      ...(billKeysOp ? [{ name: 'billKeys', type: 'BillKeyCache', isReadonly: true, docs: [`The bill-payment public keys (\`GET ${billKeysOp.path}\`), fetched once and cached for an hour.`] }] : []),
      { name: 'core', type: 'ConnectFiCore', isReadonly: true, scope: Scope.Private },
      ...groups.map((g) => ({ name: g, type: groupClass(g), isReadonly: true })),
    ],
    ctors: [
      {
        parameters: [{ name: 'options', type: 'ClientOptions' }],
        statements: [
          `this.core = new ConnectFiCore({ tokenHeader: TOKEN_HEADER, userAgent: USER_AGENT, ...options${loginOp ? `, loginOperation: operationMeta.${loginOp.operationId}` : ''} });`,
          'this.raw = createLowLevelClient<paths>(this.core, options.baseUrl, TOKEN_HEADER, openRoutes, options.fetch);',
          ...(billKeysOp ? [`this.billKeys = new BillKeyCache((callOptions) => this.core.call(operationMeta.${billKeysOp.operationId}, {}, callOptions));`] : []),
          ...groups.map((g) => `this.${g} = new ${groupClass(g)}(this.core);`),
        ],
      },
    ],
  });
  file.addFunction({
    name: 'createConnectFiClient',
    isExported: true,
    docs: [
      'Creates a client. With `login` and `password` it logs in on first use and renews the token itself; with `token` it sends that token.\n\n@example\n```ts\nconst cfi = createConnectFiClient({ baseUrl: process.env.CONNECTFI_BASE_URL!, login: "CLIENTID_api", password: process.env.CONNECTFI_PASSWORD! });\n```',
    ],
    parameters: [{ name: 'options', type: 'ClientOptions' }],
    returnType: 'ConnectFi',
    statements: ['return new ConnectFi(options);'],
  });
  return file;
}
