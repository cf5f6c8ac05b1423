// What the client tells a logger: one event per HTTP attempt and one per retry wait. Secrets never reach it: the
// token header and any header or query parameter whose name looks like a credential are masked before the event
// is built, and bodies are never logged.
import { REDACTED, isSecretKey } from './redact.js';

/** One HTTP attempt: what was asked, what came back, how long it took. */
export interface RequestEvent {
  type: 'request';
  operationId: string;
  method: string;
  /** The URL's path and query, credential-like query values masked. */
  path: string;
  /** Absent when no answer came (then `error` says why). */
  status?: number;
  durationMs: number;
  requestId?: string;
  /** 0 for the first attempt, 1 for the first retry, ... */
  retry: number;
  /** The request's headers, the token and other credentials masked. */
  headers: Record<string, string>;
  error?: string;
}

/** A wait before the next attempt. */
export interface RetryEvent {
  type: 'retry';
  operationId: string;
  retry: number;
  delayMs: number;
  reason: string;
}

export type ClientEvent = RequestEvent | RetryEvent;

export type Logger = (event: ClientEvent) => void;

const ALWAYS_SECRET = new Set(['authorization', 'cookie', 'proxy-authorization']);

export function redactHeaders(headers: Record<string, string>, tokenHeader: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const lower = name.toLowerCase();
      return [lower, lower === tokenHeader.toLowerCase() || ALWAYS_SECRET.has(lower) || isSecretKey(lower) ? REDACTED : value];
    }),
  );
}

export function redactUrlPath(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (isSecretKey(key)) parsed.searchParams.set(key, REDACTED);
  return `${parsed.pathname}${parsed.search}`;
}

/** One line per event, for `logLevel: 'debug'`. */
export function formatEvent(event: ClientEvent): string {
  if (event.type === 'retry') return `connectfi ${event.operationId} retry ${event.retry} in ${event.delayMs} ms (${event.reason})`;
  const outcome = event.status === undefined ? `failed: ${event.error ?? 'no answer'}` : String(event.status);
  return `connectfi ${event.method} ${event.path} ${outcome} ${event.durationMs} ms retry=${event.retry}` + `${event.requestId ? ` requestId=${event.requestId}` : ''} headers=${JSON.stringify(event.headers)}`;
}

/** The logger a client uses: the caller's, and/or console.debug lines when the level (or CONNECTFI_LOG) is `debug`. */
export function makeLogger(logger: Logger | undefined, level: 'debug' | 'off' | undefined): Logger | undefined {
  // Read through globalThis: the package also runs in browsers, and its types must not need @types/node.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.CONNECTFI_LOG;
  const debug = (level ?? (env === 'debug' ? 'debug' : 'off')) === 'debug';
  if (!debug) return logger;
  return (event) => {
    logger?.(event);
    console.debug(formatEvent(event));
  };
}
