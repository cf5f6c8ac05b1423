// generated/server/README.md: how to serve the API with the stubs, and every operation with its handler name, so
// the package's surface can be reviewed in one diffable file (as the client's api.md does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMUM_TYPESCRIPT } from '../../framework/package.ts';
import type { ApiIR } from '../../ir/types.ts';
import type { RoutePlan } from './route-plan.ts';
import { SERVER_DIR } from './paths.ts';

/**
 * The table of errors the server answers itself, taken from the runtime's README (its one source), so the package
 * README stays self-contained: nothing in it points outside the tarball.
 */
function ownErrorsTable(root: string): string {
  const readme = readFileSync(join(root, 'generators/runtime/server/README.md'), 'utf8');
  const match = /^Errors the server answers itself[^\n]*\n\n((?:\|[^\n]*\n)+)/m.exec(readme);
  if (!match) throw new Error('generators/runtime/server/README.md has no "Errors the server answers itself" table for the package README');
  return match[1];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function readmeFile(root: string, ir: ApiIR, routes: RoutePlan[]) {
  const operations = routes.map(
    ({ operation: op, body }) =>
      `| \`${op.operationId}\` | \`${op.method.toUpperCase()} ${op.path}\` | ${cell(op.summary)} | ${[
        op.security.length ? 'token' : 'open',
        body?.kind === 'multipart' ? `multipart (${body.fileFields.map((f) => f.name).join(', ')})` : '',
        op.deprecated ? 'deprecated' : '',
      ]
        .filter(Boolean)
        .join(', ')} |`,
  );
  const webhooks = ir.webhooks.map((w) => `| \`sendWebhook(${JSON.stringify(w.name)}, url, payload)\` | ${cell(w.summary)} |`);
  const content = `# @connectfi/server

Generated from the ${ir.title} OpenAPI description (spec version ${ir.version}); regenerated, never edited by hand.

Server stubs: one typed handler per operation, routing, request validation (Ajv standalone code compiled at
generation time), auth, connectFi's error envelopes, optional response validation, and a typed webhook sender.

\`\`\`ts
import { createConnectFiServer } from '@connectfi/server';

const server = createConnectFiServer({
  authenticate: (token) => sessions.get(token) ?? null,   // null, undefined or false -> 401 unauthorized
  handlers: {
    healthCheck: ({ requestId }) => ({ status: 200, body: { code: '0', data: { status: 'ok', dtsChecked: new Date().toISOString() }, requestId } }),
  },
});
await server.listen({ port: 8080 });                       // node:http; server.fetch is the Web (Request) => Response handler
\`\`\`

| Option | Default | |
|---|---|---|
| \`handlers\` | | \`Partial<ConnectFiHandlers<Principal>>\`; an operation without one answers 501 \`notImplemented\` |
| \`authenticate(token)\` | | the principal for a token, handed to handlers; required |
| \`validateRequests\` | \`true\` | path, query, header and body against the spec: 400 \`requestValidateError\` with the Ajv errors |
| \`validateResponses\` | \`false\` | every answer against its documented response: 500 \`responseValidateError\`; turn on in tests |
| \`bodyLimit\` / \`uploadLimit\` | 1 MB / 10 MB | 413 \`payloadTooLarge\` beyond them (uploads: multipart/form-data) |
| \`onError(error, { requestId, operationId })\` | console.error | what a handler threw before the 500 \`internalError\` |
| \`unknownProperties\` | \`'warn'\` | body properties the operation does not define: \`warn\` adds \`x-connectfi-unknown-properties: /webhookURL (did you mean webhookUrl?)\` and calls \`onUnknownProperties\`; \`reject\` answers 400 \`requestValidateError\`; \`allow\` ignores them |
| \`onUnknownProperties({ requestId, operationId, properties })\` | console.warn | the log hook of \`warn\`: names and suggestions, never values |

The package also exports its runtime for other route tables generated the same way: \`tables\` (this API's),
\`createServer(tables, options)\`, \`createPipeline\` and \`combineTables(a, b)\`, which serves two APIs on one
port (the sandbox serves connectFi's API and its control API so).

## Install

\`\`\`sh
npm install @connectfi/server
\`\`\`

Node.js 20.19 or later. ES modules and CommonJS (\`require('@connectfi/server')\`) both work, with types for every
TypeScript \`moduleResolution\`; TypeScript ${MINIMUM_TYPESCRIPT} or later for the types.

## Errors the server answers itself

All in connectFi's \`{ requestId, code, context, message }\` envelope:

${ownErrorsTable(root)}
## Dependencies

- \`ajv\`, \`ajv-formats\` (exact pins): the request, response and webhook validators are Ajv standalone code compiled
  when the package was generated; at run time they call these packages' helpers (string length, formats).

## Versioning and license

Versions follow semver from the API description (a breaking change is a major version, an addition a minor, a
description-only change a patch); see CHANGELOG.md in this package. Apache-2.0, see LICENSE in this package.

## Operations (${routes.length})

| Handler | Route | Summary | Notes |
|---|---|---|---|
${operations.join('\n')}

## Webhooks (${ir.webhooks.length})

| Call | Summary |
|---|---|
${webhooks.join('\n')}
`;
  return { path: `${SERVER_DIR}/README.md`, content };
}
