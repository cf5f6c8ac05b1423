// src/webhooks.ts: the typed payload of every webhook and `parseWebhook(name, rawBody)`.
import { VariableDeclarationKind, type Project } from 'ts-morph';
import type { ApiIR } from '../../ir/types.ts';
import { pascal } from './names.ts';
import { clientSrc } from './paths.ts';
import { operationType } from './type-exprs.ts';

export function emitWebhooks(project: Project, root: string, ir: ApiIR) {
  const file = project.createSourceFile(`${root}/${clientSrc('webhooks.ts')}`, '', { overwrite: true });
  file.addImportDeclarations([
    { isTypeOnly: true, moduleSpecifier: './schema.js', namedImports: ['operations'] },
    { moduleSpecifier: './runtime/webhooks.js', namedImports: ['createWebhookParser', 'type OpenEnums', 'type RawBody', 'type StandaloneValidator'] },
    ...(ir.webhooks.length ? [{ moduleSpecifier: './webhook-validators.js', namespaceImport: 'validators' }] : []),
  ]);
  for (const hook of ir.webhooks) {
    file.addTypeAlias({
      name: `${pascal(hook.name)}Event`,
      isExported: true,
      docs: [`${hook.summary}${hook.fidelity ? ` (fidelity: ${hook.fidelity})` : ''}. Its status and other enums also admit values connectFi adds later.${hook.deprecated ? '\n@deprecated' : ''}`],
      type: `OpenEnums<NonNullable<${operationType(hook.operationId)}["requestBody"]>["content"][${JSON.stringify(hook.body.contentType)}]>`,
    });
  }
  file.addInterface({
    name: 'WebhookEvents',
    isExported: true,
    docs: ['Every webhook connectFi sends, by name, with its payload.'],
    properties: ir.webhooks.map((h) => ({ name: JSON.stringify(h.name), type: `${pascal(h.name)}Event` })),
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'webhookNames', initializer: `${JSON.stringify(ir.webhooks.map((h) => h.name))} as const` }],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Validates a webhook's raw body against its schema and returns the typed event, or throws WebhookParseError.\n\n@example\n\`\`\`ts\nconst event = parseWebhook("${ir.webhooks[0]?.name ?? 'name'}", rawBody);\n\`\`\``],
    declarations: [
      {
        name: 'parseWebhook',
        // Typed explicitly: a module's declarations are emitted from its own text (isolatedDeclarations, framework/compile.ts).
        type: '<K extends keyof WebhookEvents & string>(name: K, rawBody: RawBody) => WebhookEvents[K]',
        initializer: `createWebhookParser<WebhookEvents>({ ${ir.webhooks.map((h) => `${JSON.stringify(h.name)}: validators[${JSON.stringify(h.name)}] as StandaloneValidator`).join(', ')} })`,
      },
    ],
  });
  return file;
}
