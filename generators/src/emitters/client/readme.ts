// generated/client/README.md: the package's front page for someone who installs it in another repository. The
// prose is written here once; the facts that move with the spec (version, counts, webhook names) come from the IR.
// Everything it links to ships in the tarball (api.md, CHANGELOG.md, LICENSE).
import type { GeneratedFile } from '../../framework/emitter.ts';
import { MINIMUM_TYPESCRIPT } from '../../framework/package.ts';
import type { ApiIR } from '../../ir/types.ts';
import { CLIENT_DIR, PACKAGE_NAME } from './paths.ts';

const fence = '```';

/** `control`: the sandbox control API's IR when the package has the `${PACKAGE_NAME}/sandbox` entry point. */
export function emitReadme(ir: ApiIR, hasAchBatch: boolean, control?: ApiIR): GeneratedFile {
  const webhooks = ir.webhooks.map((w) => `\`${w.name}\``).join(', ');
  const batch = hasAchBatch
    ? `
## Batch files (ACH over SFTP)

${fence}ts
import { buildAchBatchFile, validateAchBatchFile, AchBatchFileError } from '${PACKAGE_NAME}';

const { fileName, content } = buildAchBatchFile(rows, '2023-06-28', 1); // YYYY_MM_DD_1.csv, rows typed AchBatchFileRow
const issues = validateAchBatchFile(content, fileName);                  // [] when the file is well-formed
${fence}

\`buildAchBatchFile\` throws \`AchBatchFileError\` listing every bad row and column before writing anything;
\`validateAchBatchFile\` checks a file you received or wrote yourself, returning every issue with its line and column.
`
    : '';
  const sandbox = control
    ? `
## Sandbox control (\`${PACKAGE_NAME}/sandbox\`)

The local sandbox (\`npm run sandbox\` in the contract repository) has an API of its own, the ${control.title}
(${control.operations.length} operations): move a record along its lifecycle, post a card transaction, add an API user,
list and redeliver webhooks, reset. \`SandboxControl\` is its client, a separate entry point so that these calls never
mix into connectFi's; it logs in like \`cfi\`, acts on that API user's tenant, returns the same \`APIPromise\` and
throws the same error classes.

${fence}ts
import { SandboxControl } from '${PACKAGE_NAME}/sandbox';

const control = new SandboxControl({ baseUrl: sandboxUrl, login, password });
await control.transition({ resource: 'AchTransfer', id, to: 'Returned', set: { returnCode: 'R01' } });
${fence}
`
    : '';
  const content = `# ${PACKAGE_NAME}

The typed TypeScript client for the ${ir.title} (spec version ${ir.version}): ${ir.operations.length} operations and
${ir.webhooks.length} webhooks, generated from the API's OpenAPI description. Every method is typed from the spec,
validated webhooks and field encryption included. The whole surface, one method per operation with its HTTP route,
is listed in [api.md](./api.md); what changed between versions is in [CHANGELOG.md](./CHANGELOG.md).

## Install

${fence}sh
npm install ${PACKAGE_NAME}
${fence}

Node.js 20.19 or later, or any browser with \`fetch\` and WebCrypto. The package ships ES modules and CommonJS:
\`import { createConnectFiClient } from '${PACKAGE_NAME}'\` and \`const { createConnectFiClient } = require('${PACKAGE_NAME}')\`
both work, with types for every TypeScript \`moduleResolution\` (\`node16\`/\`nodenext\`, \`bundler\`, \`node10\`).
TypeScript ${MINIMUM_TYPESCRIPT} or later is needed for the types; they check without the DOM lib (\`lib: ["ES2022"], types: ["node"]\`).

## Quick start

${fence}ts
import { createConnectFiClient } from '${PACKAGE_NAME}';

const cfi = createConnectFiClient({
  baseUrl: process.env.CONNECTFI_BASE_URL!,   // PayGears supplies the sandbox and production hosts
  login: process.env.CONNECTFI_LOGIN!,
  password: process.env.CONNECTFI_PASSWORD!,
});

const health = await cfi.health.check();
${fence}

Methods are grouped by product (\`cfi.ach\`, \`cfi.card\`, \`cfi.wire\`, \`cfi.bills\`, ...). Path parameters come first,
then the query, then the body, then per-call options. A method resolves to the success envelope's \`data\`.

## Authentication

With \`login\` and \`password\`, the client logs in through \`POST /auth/get-token\` on first use, caches the token
until shortly before it expires (\`tokenSafetyMarginMs\`, default 60 s), shares one login between concurrent calls
and logs in again once when a call answers 401. With \`token\` instead, the client sends that token as is and never
logs in. Credentials and tokens never appear in an error message or a log event.

## Errors

Every failure is thrown; a method never resolves to an error.

| Class | When |
|---|---|
| \`ConnectFiError\` | the root of every error the client throws, also a malformed \`baseUrl\` or missing credentials at construction |
| \`APIError\` | connectFi answered an error (a non-2xx status, or a 2xx whose \`code\` is not \`"0"\`): \`status\`, \`code\`, \`subCode\`, \`context\`, \`requestId\`, \`headers\` |
| \`BadRequestError\`, \`AuthenticationError\`, \`PermissionDeniedError\`, \`NotFoundError\`, \`ConflictError\`, \`UnprocessableEntityError\`, \`RateLimitError\`, \`InternalServerError\` | subclasses of \`APIError\` by HTTP status |
| \`RequestValidateError\` | the body failed connectFi's schema; \`items\` lists every violation |
| \`ReferenceExistsError\` | a creation reused a \`reference\`; \`entityId\` names the existing record |
| \`UnauthorizedError\` | the token is missing, wrong or expired, or the login failed |
| \`InvalidResponseError\` | the reply was not a connectFi envelope |
| \`ConnectFiConnectionError\` | no HTTP answer (DNS, refused, reset); \`cause\` keeps the underlying error |
| \`ConnectFiTimeoutError\` | the call exceeded its timeout |
| \`ConnectFiAbortError\` | your \`AbortSignal\` cancelled the call |

${fence}ts
import { APIError, ConnectFiError, RequestValidateError } from '${PACKAGE_NAME}';

try {
  await cfi.ach.create(transfer);
} catch (error) {
  if (error instanceof RequestValidateError) console.error(error.items);
  else if (error instanceof APIError) console.error(error.status, error.code, error.requestId);
  else if (error instanceof ConnectFiError) console.error(error.message, error.cause);
  else throw error;
}
${fence}

## Retries

Network errors, 429 and 5xx answers are retried twice by default, with exponential backoff and jitter, honouring
\`Retry-After\`. Set \`maxRetries\` on the client or on one call (\`{ maxRetries: 0 }\` turns retries off). A retried
creation that answers \`referenceExists\` (the first attempt most likely reached connectFi) is read back by its
\`reference\` and returned as if the first attempt had answered; when it cannot be read back the call throws
\`DuplicateAfterRetryError\` with the existing record's \`entityId\`.

## Timeouts and cancellation

Each call (all attempts and the login included) times out after 30 s by default: \`timeoutMs\` on the client or on
one call. Pass \`signal\` to cancel a call: it rejects with \`ConnectFiAbortError\`.

${fence}ts
await cfi.ach.query(body, { timeoutMs: 5_000, signal: controller.signal, headers: { 'x-trace': id } });
${fence}

## Pagination

Every list operation has a \`listAll\` twin that returns an async iterator over every record, page by page:

${fence}ts
for await (const transfer of cfi.ach.listAll({ status: 'Returned' })) console.log(transfer);
${fence}

Query operations that take ids or references in batches are split into as many calls as needed.

## Raw responses

\`cfi.raw\` is the low-level [openapi-fetch](https://openapi-ts.dev/openapi-fetch/) client, typed by the spec's
\`paths\` and sharing the login: it returns \`{ data, error, response }\` with the HTTP status and headers, and applies
no retries, envelope unwrapping or typed errors.

${fence}ts
const { data, error, response } = await cfi.raw.GET('/health');
${fence}

## Logging

\`logger\` is told about every retry (\`{ type: 'retry', operationId, retry, delayMs, reason }\`); it never receives a
header, a body or a credential.

${fence}ts
const cfi = createConnectFiClient({ baseUrl, login, password, logger: (event) => console.debug(event) });
${fence}

## Webhooks

\`parseWebhook(name, rawBody)\` validates a webhook's raw body against the spec and returns the typed event, or throws
\`WebhookParseError\` naming every violation. Pass the raw body (string, Buffer or ArrayBuffer), not parsed JSON.
Webhooks: ${webhooks}.

${fence}ts
import { parseWebhook } from '${PACKAGE_NAME}';

app.post('/hooks/ach', express.raw({ type: 'application/json' }), (req, res) => {
  const event = parseWebhook('achStatusChanged', req.body);   // AchStatusChangedEvent
  res.sendStatus(200);
});
${fence}

## Encryption

Card data and bill-payment account numbers are sent encrypted (RSA-OAEP with SHA-256, WebCrypto):

${fence}ts
import { encryptCardData } from '${PACKAGE_NAME}';

const encryptedData = await encryptCardData({ pan, expiry: '202812', cvv }, publicKeyPem);
const accountNumberEncrypted = await cfi.billKeys.encryptAccountNumber('1234567890'); // fetches and caches the keys
${fence}

A public key may be a PEM string, an RSA JWK or an imported \`CryptoKey\`. Errors never echo the PAN or the account
number.
${batch}${sandbox}
## Dependencies

- \`openapi-fetch\` (exact pin): the low-level \`cfi.raw\` client, typed by the spec's \`paths\`.

Everything else (retries, auth, validation of webhooks, encryption) is in the package, on web-platform APIs only.

## Versioning

Versions follow semver from the API description: a breaking change is a major version, an addition a minor, a
description-only change a patch. See [CHANGELOG.md](./CHANGELOG.md).

## License

Apache-2.0, see [LICENSE](./LICENSE).
`;
  return { path: `${CLIENT_DIR}/README.md`, content };
}
