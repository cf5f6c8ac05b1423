// src/client.ts: the `ConnectFi` client (`createConnectFiClient`) with one namespace per tag group, the low-level
// openapi-fetch client as `raw`, and the bill public-key cache.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR } from '../../ir/types.ts';
import { requireTokenHeader } from '../../ir/vendor.ts';
import { groupsInUse, RESOURCES_INDEX } from './facade.ts';
import { groupClass } from './names.ts';
import { clientSrc } from './paths.ts';
import { classText, docText, functionText, importText } from './ts-text.ts';

/** src/client.ts, without the banner. */
export function emitClientClass(ir: ApiIR): GeneratedFile {
  const groups = groupsInUse(ir);
  const tokenHeader = requireTokenHeader(ir, '@connectfi/client');
  // `cfi.billKeys` exists when the bundle has the operation answering the keys (the IR's `billKeys`).
  const billKeysOp = ir.operations.find((o) => o.operationId === ir.billKeys);
  // The login the client performs with `login` and `password` (the IR's `login`); without one only `token` works.
  const loginOp = ir.operations.find((o) => o.operationId === ir.login);
  const imports = [
    importText('openapi-fetch', ['Client'], true),
    importText('./schema.js', ['paths'], true),
    importText('./runtime/core.js', ['ConnectFiCore', 'type ClientOptions']),
    importText('./runtime/low-level.js', ['createLowLevelClient']),
    ...(billKeysOp ? [importText('./runtime/bill-keys.js', ['BillKeyCache'])] : []),
    importText('./operations.js', billKeysOp || loginOp ? ['operationMeta', 'openRoutes'] : ['openRoutes']),
    importText('./version.js', ['USER_AGENT']),
    ...(groups.length ? [importText(RESOURCES_INDEX, groups.map(groupClass))] : []),
  ];
  const client = classText({
    name: 'ConnectFi',
    docs: `The ${ir.title} client (spec ${ir.version}). Every method resolves to the success envelope's \`data\` (\`.withResponse()\` adds the status, headers and requestId) and throws a ConnectFiError subclass otherwise.`,
    properties: [
      { name: 'raw', type: 'Client<paths>', modifiers: 'readonly ', docs: 'The low-level openapi-fetch client: typed by `paths`, sharing the login; no retries, envelopes or typed errors.' },
      ...(billKeysOp ? [{ name: 'billKeys', type: 'BillKeyCache', modifiers: 'readonly ', docs: `The bill-payment public keys (\`GET ${billKeysOp.path}\`), fetched once and cached for an hour.` }] : []),
      { name: 'core', type: 'ConnectFiCore', modifiers: 'private readonly ' },
      ...groups.map((g) => ({ name: g, type: groupClass(g), modifiers: 'readonly ' })),
    ],
    constructor: {
      parameters: [{ name: 'options', type: 'ClientOptions' }],
      statements: [
        `this.core = new ConnectFiCore({ tokenHeader: TOKEN_HEADER, userAgent: USER_AGENT, ...options${loginOp ? `, loginOperation: operationMeta.${loginOp.operationId}` : ''} });`,
        'this.raw = createLowLevelClient<paths>(this.core, options.baseUrl, TOKEN_HEADER, openRoutes, options.fetch);',
        ...(billKeysOp ? [`this.billKeys = new BillKeyCache((callOptions) => this.core.call(operationMeta.${billKeysOp.operationId}, {}, callOptions));`] : []),
        ...groups.map((g) => `this.${g} = new ${groupClass(g)}(this.core);`),
      ],
    },
  });
  const create = functionText({
    name: 'createConnectFiClient',
    docs: docText(
      'Creates a client. With `login` and `password` it logs in on first use and renews the token itself; with `token` it sends that token.\n\n@example\n```ts\nconst cfi = createConnectFiClient({ baseUrl: process.env.CONNECTFI_BASE_URL!, login: "CLIENTID_api", password: process.env.CONNECTFI_PASSWORD! });\n```',
    ),
    parameters: [{ name: 'options', type: 'ClientOptions' }],
    returnType: 'ConnectFi',
    statements: ['return new ConnectFi(options);'],
  });
  return { path: clientSrc('client.ts'), content: `${imports.join('')}\nconst TOKEN_HEADER = ${JSON.stringify(tokenHeader)};\n\n${client}\n${create}` };
}
