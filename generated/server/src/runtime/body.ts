// Reading a request body within its size limit, and parsing it by media type: JSON, or multipart/form-data for
// uploads. The size is checked before anything is parsed: first the declared content-length, then while reading.
import { TOO_LARGE, type IncomingCall } from './call.js';
import { malformedBody, payloadTooLarge, requestInvalid, unsupportedMediaType, type ValidationIssue } from './envelope.js';
import type { BodySpec } from './route.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `application/json; charset=utf-8` -> `application/json`. */
export const essence = (contentType: string | undefined): string | undefined => contentType?.split(';', 1)[0].trim().toLowerCase();

export function acceptedMediaType(spec: BodySpec, contentType: string | undefined): string {
  if (contentType !== undefined && spec.mediaTypes.includes(contentType)) return contentType;
  const type = essence(contentType);
  const accepted = spec.mediaTypes.find((m) => m === type);
  if (!accepted) throw unsupportedMediaType(type || undefined, spec.mediaTypes);
  return accepted;
}

export async function readLimited(call: IncomingCall, limit: number): Promise<Uint8Array> {
  const declared = Number(call.header('content-length'));
  if (declared > limit) throw payloadTooLarge(limit);
  const bytes = await call.readBody(limit);
  if (bytes === TOO_LARGE) throw payloadTooLarge(limit);
  return bytes;
}

export function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw malformedBody('invalidJson', 'the body is not valid UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformedBody('invalidJson', (error as Error).message);
  }
}

/** The Ajv-style issue for a body the operation requires but the request left empty. */
export const missingBody = (): ValidationIssue => ({
  instancePath: '',
  schemaPath: '#/requestBody/required',
  keyword: 'required',
  params: { missingProperty: 'body' },
  message: 'must have a request body',
});

export function assertPresent(spec: BodySpec, bytes: Uint8Array): boolean {
  if (bytes.length > 0) return true;
  if (spec.required) throw requestInvalid([missingBody()]);
  return false;
}
