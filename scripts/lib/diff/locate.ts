// Where a change sits, read from its JSON pointer: which operation or webhook, which side of the exchange, and
// which field. The side decides what breaks: a client SENDS request bodies and parameters, and RECEIVES responses
// and webhook payloads; a constraint that narrows what is sent, or widens what is received, breaks someone.
import { decodeSegment } from '../../../generators/src/ir/pointer.ts';
import { HTTP_METHODS } from '../../../generators/src/ir/types.ts';

export type Side = 'sends' | 'receives' | 'none';

export interface Location {
  scope: 'operation' | 'webhook' | 'path' | 'component' | 'other';
  /** `POST /ach/create`, `webhook achStatus`, or the component's name. */
  where: string;
  /** What the change is in: `request body`, `parameter id`, `response 200`, `payload`. */
  part?: string;
  side: Side;
  /** The field inside the part's schema, dotted (`data.status`, `records[].amount`); empty for the schema itself. */
  field?: string;
  /** True when the pointer ends at the operation, webhook or path item itself. */
  whole: boolean;
}

// The methods the generators know: lint refuses any other (`head`, `options`, `trace`) before a bundle is diffed.
export const METHODS = new Set<string>(HTTP_METHODS);

export function segments(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeSegment(decodeURIComponent(s)));
}

/** `properties/a/properties/b/items/properties/c` -> `a.b[].c`; combinator branches are kept as `(oneOf 1)`. */
export function fieldPath(schemaSegments: string[]): string {
  let out = '';
  for (let i = 0; i < schemaSegments.length; i++) {
    const s = schemaSegments[i];
    if (s === 'properties' && i + 1 < schemaSegments.length) out += `${out ? '.' : ''}${schemaSegments[++i]}`;
    else if (s === 'items') out += '[]';
    else if ((s === 'oneOf' || s === 'anyOf' || s === 'allOf') && i + 1 < schemaSegments.length) out += ` (${s} ${schemaSegments[++i]})`;
    else if (s === 'additionalProperties') out += '{}';
    else break;
  }
  return out;
}

function partOf(rest: string[], receiving: boolean): { part?: string; side: Side; field?: string } {
  const [head, ...tail] = rest;
  const schemaAt = (list: string[]) => {
    const i = list.indexOf('schema');
    return i < 0 ? undefined : fieldPath(list.slice(i + 1));
  };
  if (head === 'requestBody') return { part: receiving ? 'payload' : 'request body', side: receiving ? 'receives' : 'sends', field: schemaAt(tail) };
  if (head === 'parameters') return { part: 'parameters', side: receiving ? 'receives' : 'sends', field: schemaAt(tail) };
  if (head === 'responses') {
    // A webhook's responses are what the receiver answers connectFi: the receiver sends them.
    return { part: tail[0] ? `response ${tail[0]}` : 'responses', side: receiving ? 'sends' : 'receives', field: schemaAt(tail) };
  }
  return { part: head, side: 'none' };
}

export function locate(pointer: string): Location {
  const s = segments(pointer);
  if (s[0] === 'paths' && s.length >= 2) {
    const path = s[1];
    if (s.length === 2) return { scope: 'path', where: path, side: 'none', whole: true };
    if (!METHODS.has(s[2])) return { scope: 'path', where: path, ...partOf(s.slice(2), false), whole: false };
    const where = `${s[2].toUpperCase()} ${path}`;
    if (s.length === 3) return { scope: 'operation', where, side: 'none', whole: true };
    return { scope: 'operation', where, ...partOf(s.slice(3), false), whole: false };
  }
  if (s[0] === 'webhooks' && s.length >= 2) {
    const where = `webhook ${s[1]}`;
    if (s.length <= 3) return { scope: 'webhook', where, side: 'none', whole: true };
    return { scope: 'webhook', where, ...partOf(s.slice(3), true), whole: false };
  }
  if (s[0] === 'components' && s.length >= 3) {
    return { scope: 'component', where: `${s[1]}/${s[2]}`, side: 'none', field: s[1] === 'schemas' ? fieldPath(s.slice(3)) : undefined, whole: s.length === 3 };
  }
  return { scope: 'other', where: s.join('.') || 'document', side: 'none', whole: false };
}
