// Turns a webhook's raw body into a typed event, validated by code generated at build time (Ajv standalone), so
// the client needs no validator at runtime. Errors diagnose the usual mistakes: a parsed body, an unknown name.
// A status connectFi adds tomorrow must not break a receiver: the validators accept any string where the schema
// lists string values (the generator drops those enums), while the shape (types, required fields) is still
// enforced, and the event types say so with OpenEnums.
import { ConnectFiError } from './errors.js';

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type Widen<S extends string> = string extends S ? S : true extends IsUnion<S> ? S | (string & {}) : S;

/**
 * `T` with every string enum of two or more values also admitting any other string (`'Sent' | 'Complete' |
 * (string & {})`): editors still suggest the known values, and an exhaustive `switch` needs a `default`. A single
 * value (a `const` tag that tells oneOf branches apart) stays exact.
 */
export type OpenEnums<T> = [NonNullable<T>] extends [never]
  ? T
  : [NonNullable<T>] extends [string]
    ? Widen<NonNullable<T>> | Extract<T, null | undefined>
    : T extends readonly (infer U)[]
      ? OpenEnums<U>[]
      : T extends object
        ? { [K in keyof T]: OpenEnums<T[K]> }
        : T;

/** An Ajv standalone validator: returns true, or false with `errors` set. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;
}

export class WebhookParseError extends ConnectFiError {
  constructor(
    message: string,
    readonly webhook: string,
    /** Ajv-style items when the body failed the webhook's schema. */
    readonly items: { instancePath: string; keyword: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export type RawBody = string | Uint8Array | ArrayBuffer;

function text(name: string, rawBody: unknown): string {
  if (typeof rawBody === 'string') return rawBody;
  if (rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) return new TextDecoder().decode(rawBody);
  throw new WebhookParseError(
    `parseWebhook("${name}") needs the raw request body (string, Buffer or ArrayBuffer), got ${rawBody === null ? 'null' : typeof rawBody}. ` +
      'If your framework already parsed the JSON, read the raw body instead (e.g. express.raw({ type: "application/json" })).',
    name,
  );
}

export function createWebhookParser<Events extends object>(validators: { [K in keyof Events]: StandaloneValidator }) {
  return function parseWebhook<K extends keyof Events & string>(name: K, rawBody: RawBody): Events[K] {
    const validate = Object.hasOwn(validators, name) ? validators[name] : undefined;
    if (!validate) throw new WebhookParseError(`Unknown webhook "${name}"; known: ${Object.keys(validators).join(', ')}`, name);
    let payload: unknown;
    try {
      payload = JSON.parse(text(name, rawBody));
    } catch (error) {
      if (error instanceof WebhookParseError) throw error;
      throw new WebhookParseError(`The ${name} body is not valid JSON`, name);
    }
    if (!validate(payload)) {
      const items = (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword }));
      throw new WebhookParseError(`The ${name} body does not match its schema: ${items.map((i) => `${i.instancePath || '/'} ${i.message}`).join('; ')}`, name, items);
    }
    return payload as Events[K];
  };
}
