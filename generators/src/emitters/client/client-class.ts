// src/client.ts: the `ConnectFi` client (`createConnectFiClient`) with one namespace per tag group, the low-level
// openapi-fetch client as `raw`, and the bill public-key cache.
import { Scope, type Project } from 'ts-morph';
import type { ApiIR } from '../../ir/types.ts';
import { groupsInUse, RESOURCES_INDEX } from './facade.ts';
import { groupClass } from './names.ts';
import { clientSrc } from './paths.ts';

const BILL_KEYS_PATH = '/transfer-to/bills/public-encryption-keys';

export function emitClientClass(project: Project, root: string, ir: ApiIR) {
  const groups = groupsInUse(ir);
  const tokenHeader = ir.tokenHeader ?? 'x-connectfi-token';
  // The bill keys come from the bundle's own operation when it has one; until then from the route connectFi documents.
  const billKeysOp = ir.operations.find((o) => o.method === 'get' && o.path === BILL_KEYS_PATH);
  const file = project.createSourceFile(`${root}/${clientSrc('client.ts')}`, '', { overwrite: true });
  file.addImportDeclarations([
    { isTypeOnly: true, moduleSpecifier: 'openapi-fetch', namedImports: ['Client'] },
    { isTypeOnly: true, moduleSpecifier: './schema.js', namedImports: ['paths'] },
    { moduleSpecifier: './runtime/core.js', namedImports: ['ConnectFiCore', 'type ClientOptions'] },
    { moduleSpecifier: './runtime/low-level.js', namedImports: ['createLowLevelClient'] },
    { moduleSpecifier: './runtime/bill-keys.js', namedImports: billKeysOp ? ['BillKeyCache'] : ['BillKeyCache', 'BILL_KEYS_OPERATION'] },
    { moduleSpecifier: './operations.js', namedImports: ['operationMeta', 'openRoutes'] },
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
      { name: 'billKeys', type: 'BillKeyCache', isReadonly: true, docs: [`The bill-payment public keys (\`GET ${BILL_KEYS_PATH}\`), fetched once and cached for an hour.`] },
      { name: 'core', type: 'ConnectFiCore', isReadonly: true, scope: Scope.Private },
      ...groups.map((g) => ({ name: g, type: groupClass(g), isReadonly: true })),
    ],
    ctors: [{
      parameters: [{ name: 'options', type: 'ClientOptions' }],
      statements: [
        'this.core = new ConnectFiCore({ tokenHeader: TOKEN_HEADER, userAgent: USER_AGENT, ...options });',
        'this.raw = createLowLevelClient<paths>(this.core, options.baseUrl, TOKEN_HEADER, openRoutes, options.fetch);',
        `this.billKeys = new BillKeyCache((callOptions) => this.core.call(${billKeysOp ? `operationMeta.${billKeysOp.operationId}` : 'BILL_KEYS_OPERATION'}, {}, callOptions));`,
        ...groups.map((g) => `this.${g} = new ${groupClass(g)}(this.core);`),
      ],
    }],
  });
  file.addFunction({
    name: 'createConnectFiClient',
    isExported: true,
    docs: ['Creates a client. With `login` and `password` it logs in on first use and renews the token itself; with `token` it sends that token.\n\n@example\n```ts\nconst cfi = createConnectFiClient({ baseUrl: process.env.CONNECTFI_BASE_URL!, login: "CLIENTID_api", password: process.env.CONNECTFI_PASSWORD! });\n```'],
    parameters: [{ name: 'options', type: 'ClientOptions' }],
    returnType: 'ConnectFi',
    statements: ['return new ConnectFi(options);'],
  });
  if (!billKeysOp) file.getImportDeclarationOrThrow('./operations.js').getNamedImports().find((n) => n.getName() === 'operationMeta')?.remove();
  return file;
}
