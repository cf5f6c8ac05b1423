// The docs' own copy of the bundle: the bundle plus what only readers need (code samples, fidelity badges, visible
// deprecation, the guides as sections). generated/openapi.* stays untouched; only this copy feeds Redoc.
import { buildIR } from '../../../generators/src/ir/build.ts';
import type { ApiIR, OperationIR } from '../../../generators/src/ir/types.ts';
import { operationsOf, type OperationEntry } from '../operations.ts';
import { behaviourSection } from './behaviour-tables.ts';
import { codeSamples } from './code-samples.ts';
import type { Guide } from './guides.ts';

export const GUIDES_GROUP = 'Guides';

/**
 * Badge colours are backgrounds behind Redoc's dark badge text (#3b3c45): light tints, each above 7:1, so the badge
 * passes axe's contrast check wherever Redoc draws it.
 */
export const FIDELITY: Record<string, { color: string; line: string }> = {
  documented: { color: '#b4e5c0', line: "matches the vendor's docs: method, fields, constraints and errors." },
  partial: { color: '#ffd98a', line: "field names come from the vendor's examples; required flags, lengths and enums were designed here." },
  designed: { color: '#dccbff', line: "no vendor detail: designed in connectFi's style. Confirm with PayGears before relying on it." },
};

export const fidelityBadge = (fidelity: string) => `Fidelity: ${fidelity}`;

function replacement(ops: OperationEntry[], id: string | undefined): string {
  const next = ops.find((o) => o.operationId === id);
  return next ? `Use \`cfi.${next.group}.${next.action}()\` (\`${next.method.toUpperCase()} ${next.path}\`) instead.` : 'See the description for what replaces it.';
}

function annotate(op: OperationEntry, all: OperationEntry[], ir?: OperationIR): void {
  const node = op.node;
  const lead: string[] = [];
  const badges: { name: string; color: string }[] = [];
  if (op.deprecated) {
    lead.push(`> **Deprecated.** ${replacement(all, op.replacedBy)}`);
    badges.push({ name: 'Deprecated', color: '#ffc9c9' });
  }
  if (op.fidelity) {
    const f = FIDELITY[op.fidelity];
    if (!f) throw new Error(`${op.operationId}: unknown x-connectfi-fidelity ${op.fidelity}`);
    lead.push(`**${fidelityBadge(op.fidelity)}**: ${f.line}`);
    badges.push({ name: fidelityBadge(op.fidelity), color: f.color });
  }
  const samples = codeSamples(op);
  // Redoc renders x-codeSamples beside operations but not beside webhooks: there they go into the description.
  const trail = op.kind === 'webhook' ? samples.map((c) => `**${c.label}**\n\n\`\`\`${c.lang === 'Shell' ? 'sh' : 'ts'}\n${c.source.trimEnd()}\n\`\`\``) : [];
  // The sandbox's triggers and prerequisites, as tables written from the IR (openapi/README.md "Sandbox behaviour").
  const behaviour = ir ? behaviourSection(ir) : '';
  node.description = [...lead, (node.description ?? '').trim(), ...(behaviour ? [behaviour] : []), ...trail].join('\n\n').trim();
  node['x-badges'] = badges;
  node['x-codeSamples'] = samples;
}

/** The annotated copy; `bundle` itself is not modified. `ir` is the bundle's, when the caller has built it already. */
export function docsSpec(bundle: any, guides: Guide[], ir: ApiIR = buildIR(bundle)): any {
  const spec = structuredClone(bundle);
  // The IR's pointers address the copy as well as the bundle: the operations' nodes are the copy's.
  const ops = operationsOf(ir, spec);
  const byId = new Map(ir.operations.map((o) => [o.operationId, o]));
  for (const op of ops) annotate(op, ops, op.kind === 'operation' ? byId.get(op.operationId) : undefined);
  const taken = new Set((spec.tags ?? []).map((t: any) => t.name));
  for (const g of guides) if (taken.has(g.title)) throw new Error(`${g.file}: the guide title "${g.title}" is also an API tag`);
  spec.tags = [...guides.map((g) => ({ name: g.title, description: g.body, 'x-traitTag': true })), ...(spec.tags ?? [])];
  spec['x-tagGroups'] = [{ name: GUIDES_GROUP, tags: guides.map((g) => g.title) }, ...(spec['x-tagGroups'] ?? [])];
  return spec;
}
