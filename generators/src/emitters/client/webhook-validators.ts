// src/webhook-validators.ts: a standalone validator for every webhook payload, exported under the webhook's name.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR } from '../../ir/types.ts';
import { clientSrc } from './paths.ts';
import { standaloneModule } from './standalone.ts';

export function emitWebhookValidators(spec: any, ir: ApiIR): GeneratedFile {
  return { path: clientSrc('webhook-validators.ts'), content: standaloneModule(spec, Object.fromEntries(ir.webhooks.map((h) => [h.name, h.body.schema]))) };
}
