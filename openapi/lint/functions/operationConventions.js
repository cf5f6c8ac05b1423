import { operations, guide } from './walk.js';

const FIDELITY = ['documented', 'partial', 'designed'];

/**
 * An operation has one tag that the root declares with an x-connectfi-group, an operationId `<group><Action>`,
 * a summary, a description and a fidelity marker; partial and designed operations say what was designed.
 */
export default function operationConventions(root) {
  const groups = new Map((root.tags ?? []).map((t) => [t.name, t['x-connectfi-group']]));
  const results = [];
  const seenIds = new Map();
  const allIds = new Set([...operations(root)].map(({ op }) => op.operationId));
  for (const { op, path, isWebhook } of operations(root)) {
    const report = (message, sub = []) => results.push({ message, path: [...path, ...sub] });
    if (!op.summary) report(`Operation has no summary (${guide('every-operation')}).`);
    if (!op.description) report(`Operation has no description (${guide('every-operation')}).`);
    if (!Array.isArray(op.tags) || op.tags.length !== 1) {
      report(`Operation must have exactly one tag (${guide('every-operation')}).`, ['tags']);
    } else if (!groups.get(op.tags[0])) {
      report(`Tag "${op.tags[0]}" is not declared in openapi.yaml with an x-connectfi-group (${guide('tags-and-groups')}).`, ['tags']);
    }
    const fidelity = op['x-connectfi-fidelity'];
    if (!FIDELITY.includes(fidelity)) {
      report(`x-connectfi-fidelity must be one of ${FIDELITY.join(', ')} (${guide('the-fidelity-marker')}).`);
    } else if (fidelity !== 'documented' && !/\*\*Designed here:\*\*/.test(op.description ?? '')) {
      report(`A ${fidelity} operation's description must say what was designed in a "**Designed here:**" line (${guide('the-fidelity-marker')}).`, ['description']);
    }
    const id = op.operationId;
    const group = groups.get(op.tags?.[0]);
    if (!id) {
      report(`Operation has no operationId (${guide('operation-ids')}).`);
    } else {
      if (group && !new RegExp(`^${group}[A-Z][A-Za-z0-9]*$`).test(id)) {
        report(`operationId "${id}" must be "${group}" followed by a PascalCase action, e.g. ${group}Create (${guide('operation-ids')}).`, ['operationId']);
      }
      if (seenIds.has(id)) report(`operationId "${id}" is also used by ${seenIds.get(id)} (${guide('operation-ids')}).`, ['operationId']);
      seenIds.set(id, path.slice(1).join(' '));
    }
    const replacement = op['x-connectfi-replaced-by'];
    if (op.deprecated === true && !allIds.has(replacement)) {
      report(`A deprecated operation names the operationId that replaces it in x-connectfi-replaced-by; "${replacement}" is not one (${guide('deprecation')}).`);
    }
    if (replacement !== undefined && op.deprecated !== true) {
      report(`x-connectfi-replaced-by belongs on deprecated operations only (${guide('deprecation')}).`, ['x-connectfi-replaced-by']);
    }
    if (isWebhook && op.security === undefined) {
      // connectFi posts webhooks without a token; the receiver's own endpoint decides.
      report(`A webhook must say "security: []" (${guide('webhooks')}).`);
    }
  }
  return results;
}
