// src/webhook-validators.ts: a standalone validator for every webhook payload, exported under the webhook's name.
// Compiled from a copy of the bundle whose string enums are open (see openEnums): a receiver must accept a status
// connectFi adds after the client was built, while a payload of the wrong shape is still refused.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR } from '../../ir/types.ts';
import { clientSrc } from './paths.ts';
import { standaloneModule } from './standalone.ts';

/**
 * A deep copy of `node` where every `enum` of two or more strings (null allowed) becomes its type: `string`, or
 * `[string, null]`. Single-value enums stay, like `const`: they tell oneOf branches apart.
 */
export function openEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openEnums);
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'enum' || k === 'example' || k === 'examples' ? v : openEnums(v)]));
  const values = copy.enum;
  if (Array.isArray(values) && values.filter((v) => v !== null).length > 1 && values.every((v) => typeof v === 'string' || v === null)) {
    delete copy.enum;
    if (copy.type === undefined) copy.type = values.includes(null) ? ['string', 'null'] : 'string';
  }
  return copy;
}

export function emitWebhookValidators(spec: any, ir: ApiIR): GeneratedFile {
  const open = { ...spec, components: openEnums(spec.components), webhooks: openEnums(spec.webhooks) };
  return standaloneModule(clientSrc('webhook-validators.ts'), open, Object.fromEntries(ir.webhooks.map((h) => [h.name, h.body.schema])));
}
