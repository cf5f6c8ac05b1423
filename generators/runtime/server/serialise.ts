// Turns a handler's `{ status, body, contentType?, headers? }` into bytes on the wire. The media type defaults to
// the one the spec documents for that status, so a CSV export answers text/csv without the handler saying so.
import type { OutgoingAnswer } from './call.js';
import { CallFailure } from './envelope.js';
import type { AnyAnswer } from './handler-types.js';
import { documentedStatus, isJsonMediaType } from './media.js';
import type { RouteSpec } from './route.js';

export function serialise(route: RouteSpec, answer: AnyAnswer): OutgoingAnswer {
  if (!answer || typeof answer !== 'object' || !Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
    throw new CallFailure(500, 'internalError', `The handler of ${route.operationId} answered without an HTTP status between 200 and 599`, { operationId: route.operationId });
  }
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined) return { status: answer.status, headers };
  const key = documentedStatus(route.responses, answer.status);
  const documented = key ? Object.keys(route.responses[key]) : [];
  const contentType = answer.contentType ?? documented[0] ?? (typeof answer.body === 'string' ? 'text/plain' : 'application/json');
  headers['content-type'] = contentType;
  const raw = typeof answer.body === 'string' || answer.body instanceof Uint8Array;
  const body = isJsonMediaType(contentType) || !raw ? JSON.stringify(answer.body) : (answer.body as string | Uint8Array);
  return { status: answer.status, headers, body };
}
