// src/webhooks.ts: the typed payload of every webhook and `parseWebhook(name, rawBody)`.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR } from '../../ir/types.ts';
import { pascal } from './names.ts';
import { clientSrc } from './paths.ts';
import { docComment, importText } from './ts-text.ts';
import { operationType } from './type-exprs.ts';

/** src/webhooks.ts, without the banner. */
export function emitWebhooks(ir: ApiIR): GeneratedFile {
  const imports = [
    importText('./schema.js', ['operations'], true),
    importText('./runtime/webhooks.js', ['createWebhookParser', 'type OpenEnums', 'type RawBody', 'type StandaloneValidator']),
    ...(ir.webhooks.length ? [importText('./webhook-validators.js', { namespace: 'validators' })] : []),
  ];
  const events = ir.webhooks.map(
    (hook) =>
      `${docComment(`${hook.summary}${hook.fidelity ? ` (fidelity: ${hook.fidelity})` : ''}. Its status and other enums also admit values connectFi adds later.${hook.deprecated ? '\n@deprecated' : ''}`)}` +
      `export type ${pascal(hook.name)}Event = OpenEnums<NonNullable<${operationType(hook.operationId)}["requestBody"]>["content"][${JSON.stringify(hook.body.contentType)}]>;\n`,
  );
  const eventMap = `${docComment('Every webhook connectFi sends, by name, with its payload.')}export interface WebhookEvents {\n${ir.webhooks.map((h) => `  ${JSON.stringify(h.name)}: ${pascal(h.name)}Event;\n`).join('')}}\n`;
  const names = `export const webhookNames = ${JSON.stringify(ir.webhooks.map((h) => h.name))} as const;\n`;
  const parse =
    docComment(`Validates a webhook's raw body against its schema and returns the typed event, or throws WebhookParseError.\n\n@example\n\`\`\`ts\nconst event = parseWebhook("${ir.webhooks[0]?.name ?? 'name'}", rawBody);\n\`\`\``) +
    // Typed explicitly: a module's declarations are emitted from its own text (isolatedDeclarations, framework/compile.ts).
    `export const parseWebhook: <K extends keyof WebhookEvents & string>(name: K, rawBody: RawBody) => WebhookEvents[K] = createWebhookParser<WebhookEvents>({ ${ir.webhooks.map((h) => `${JSON.stringify(h.name)}: validators[${JSON.stringify(h.name)}] as StandaloneValidator`).join(', ')} });\n`;
  return { path: clientSrc('webhooks.ts'), content: `${imports.join('')}\n${events.length ? `${events.join('')}\n` : ''}${eventMap}\n${names}${parse}` };
}
