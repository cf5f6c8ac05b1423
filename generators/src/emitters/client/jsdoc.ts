// The JSDoc of a facade method: summary, description, fidelity marker, route, @deprecated naming the replacement,
// and an @example built from the spec's first request example.
import type { ApiIR, OperationIR } from '../../ir/types.ts';
import { docText, type DocTag } from './ts-text.ts';

const FIDELITY: Record<string, string> = {
  documented: 'Fidelity: documented (matches the vendor docs).',
  partial: 'Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).',
  designed: 'Fidelity: designed (no vendor detail; confirm with PayGears).',
};

/** Keeps generated text from closing the comment early. */
const safe = (text: string) => text.replace(/\*\//g, '*\\/').trim();

function replacement(ir: ApiIR, op: OperationIR): string {
  const target = ir.operations.find((o) => o.operationId === op.replacedBy);
  return target ? `Use \`cfi.${target.group}.${target.action}()\` (${target.operationId}) instead.` : op.replacedBy ? `Replaced by ${op.replacedBy}.` : 'Deprecated by connectFi.';
}

/** The call as a user writes it, with the spec's example values. */
export function exampleCall(op: OperationIR, method: string, iterate = false, receiver = `cfi.${op.group}`): string {
  const args = op.parameters.filter((p) => p.in === 'path').map((p) => JSON.stringify(p.example ?? `<${p.name}>`));
  const query = op.parameters.filter((p) => p.in === 'query' && p.example !== undefined);
  if (query.length) args.push(JSON.stringify(Object.fromEntries(query.map((p) => [p.name, p.example])), null, 2));
  const example = op.requestBody?.examples[0];
  if (op.requestBody) args.push(op.requestBody.contentType.startsWith('multipart/') ? 'formData' : JSON.stringify(example?.value ?? {}, null, 2));
  const call = `${receiver}.${method}(${args.join(', ')})`;
  return iterate ? `for await (const record of ${call}) {\n  console.log(record);\n}` : `const data = await ${call};`;
}

/** The method's JSDoc text (ts-text.ts docComment writes it). */
export function methodDocs(ir: ApiIR, op: OperationIR, options: { method: string; lead?: string; iterate?: boolean; receiver?: string }): string {
  const lines = [options.lead ?? op.summary, '', op.description, '', op.fidelity ? FIDELITY[op.fidelity] : 'Fidelity: not marked.', '', `\`${op.method.toUpperCase()} ${op.path}\` (${op.operationId})`];
  const tags: DocTag[] = [];
  if (op.deprecated) tags.push({ name: 'deprecated', text: replacement(ir, op) });
  tags.push({ name: 'example', text: `\n\`\`\`ts\n${safe(exampleCall(op, options.method, options.iterate, options.receiver))}\n\`\`\`` });
  const description = lines
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .map(safe)
    .join('\n');
  return docText(`${description}\n`, tags);
}
