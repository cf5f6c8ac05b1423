// The code samples every operation shows in the docs, generated from the operation's own request example so that
// they are always valid: TypeScript through the generated client facade, and curl.
import { exampleFileName, type OperationEntry } from '../operations.ts';
import { TsExpression, tsLiteral } from './ts-literal.ts';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** How a program obtains the facade; the samples and the guides' snippets share it. */
export const CLIENT_SETUP = ["import { createConnectFiClient } from '@connectfi/client';", '', 'const cfi = createConnectFiClient({', '  baseUrl: process.env.CONNECTFI_BASE_URL!,', '  token: process.env.CONNECTFI_TOKEN!,', '});'].join(
  '\n',
);

const WEBHOOK_RECEIVER = 'https://your-app.example/webhooks/connectfi';

const pathParams = (op: OperationEntry) => op.parameters.filter((p) => p.in === 'path');

/** What a file field of a multipart body holds in a call: the sample reads the file, the contract test makes bytes. */
export type FileValue = (field: string, fileName: string) => unknown;

/**
 * The facade method's arguments from the operation's examples, in the facade's order (generated/client/api.md):
 * path parameters in route order, then the query parameters as one object, then the body.
 */
export function facadeArguments(op: OperationEntry, file: FileValue): unknown[] {
  const args: unknown[] = pathParams(op).map((p) => p.example);
  const query = op.parameters.filter((p) => p.in === 'query' && p.example !== undefined);
  if (query.length) args.push(Object.fromEntries(query.map((p) => [p.name, p.example])));
  const body = op.request?.example?.value;
  if (op.request?.fileFields.length && body && typeof body === 'object') {
    args.push(Object.fromEntries(Object.entries(body).map(([k, v]) => [k, op.request!.fileFields.includes(k) ? file(k, exampleFileName(k, v)) : v])));
  } else if (op.request?.example) args.push(body);
  return args;
}

const readFileExpression: FileValue = (_, fileName) => new TsExpression(`new Blob([await readFile('${fileName}')])`);

export function facadeCall(op: OperationEntry): string {
  return `cfi.${op.group}.${op.action}(${facadeArguments(op, readFileExpression)
    .map((a) => tsLiteral(a))
    .join(', ')})`;
}

export function typescriptSample(op: OperationEntry): string {
  if (op.kind === 'webhook') {
    return [
      "import { parseWebhook } from '@connectfi/client';",
      '',
      `// In your HTTP handler for ${WEBHOOK_RECEIVER}: pass the raw body, not parsed JSON.`,
      `export function onConnectFiWebhook(rawBody: string) {`,
      `  const event = parseWebhook('${op.operationId}', rawBody);`,
      '  return event;',
      '}',
    ].join('\n');
  }
  const readsFiles = op.request?.fileFields.length ? "import { readFile } from 'node:fs/promises';\n" : '';
  return `${readsFiles}${CLIENT_SETUP}\n\nconst result = await ${facadeCall(op)};\nconsole.log(result);\n`;
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function resolvedPath(op: OperationEntry): string {
  let path = op.path;
  for (const p of pathParams(op)) path = path.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
  const query = op.parameters.filter((p) => p.in === 'query' && p.example !== undefined);
  if (query.length) path += `?${new URLSearchParams(query.map((p) => [p.name, String(p.example)])).toString()}`;
  return path;
}

function curlBody(op: OperationEntry): string[] {
  const req = op.request;
  if (!req?.example) return [];
  if (req.contentType === 'multipart/form-data') {
    // A file field's example stands for its bytes; curl uploads the file it names with `@`.
    return Object.entries(req.example.value as Record<string, unknown>).map(([k, v]) => `-F ${shellQuote(req.fileFields.includes(k) ? `${k}=@${exampleFileName(k, v)}` : `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)}`);
  }
  return [`-H ${shellQuote(`Content-Type: ${req.contentType}`)}`, `--data-raw ${shellQuote(JSON.stringify(req.example.value, null, 2))}`];
}

export function curlSample(op: OperationEntry): string {
  const url = op.kind === 'webhook' ? WEBHOOK_RECEIVER : `"$CONNECTFI_BASE_URL${resolvedPath(op)}"`;
  const command = [
    `curl -X ${op.method.toUpperCase()} ${url}`,
    // The IR stops the build when an operation needs a token and no scheme names its header, so needsToken has one.
    ...(op.needsToken ? [`-H "${op.tokenHeader}: $CONNECTFI_TOKEN"`] : []),
    ...curlBody(op),
  ].join(' \\\n  ');
  return op.kind === 'webhook' ? `# What connectFi sends to your webhook URL: replay it against your own endpoint.\n${command}` : command;
}

/**
 * The samples' languages, in the order the page offers them: the first is the one it opens with. The label is
 * short because the sample panel's header shares its width with the route.
 */
export const SAMPLE_LANGUAGES = [
  { lang: 'TypeScript', label: 'TypeScript' },
  { lang: 'Shell', label: 'curl' },
];

export function codeSamples(op: OperationEntry): CodeSample[] {
  const [typescript, shell] = SAMPLE_LANGUAGES;
  return [
    { ...typescript, source: typescriptSample(op) },
    { ...shell, source: curlSample(op) },
  ];
}
