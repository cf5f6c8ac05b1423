// The casing rules every generator and script shares: one place decides how a spec name becomes a TypeScript name.

/** Joins the words of `name` (split where `separators` match), capitalising each word after the first. */
function joinWords(name: string, separators: RegExp): string {
  return name.replace(separators, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
}

const WORD_BREAK = /[^A-Za-z0-9]+(.)?/g;

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `KYC/KYB` -> `kYCKYB`, `bill payments` -> `billPayments`: a tag without `x-connectfi-group` as a namespace. */
export const camel = (s: string) => lowerFirst(joinWords(s, WORD_BREAK));

/** `achCreate` -> `AchCreate`, `ach-batch` -> `AchBatch`: class and type names. */
export const pascal = (s: string) => upperFirst(joinWords(s, WORD_BREAK));

/**
 * A name usable as a JavaScript identifier, keeping `_` and `$` (which identifiers allow) and the first letter's case:
 * `customer-id` -> `customerId`, `2fa` -> `_2fa`.
 */
export const identifierWords = (s: string) => joinWords(s, /[^A-Za-z0-9_$]+(.)?/g).replace(/^(\d)/, '_$1');

/** An export name for a module of generated validators: `achStatus-changed` -> `achStatus_changed`, `2x` -> `_2x`. */
export const exportName = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^(\d)/, '_$1');
