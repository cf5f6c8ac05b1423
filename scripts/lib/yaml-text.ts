// A JSON value as YAML text, byte for byte what `yaml`'s stringify(value, { lineWidth: 0, aliasDuplicateObjects:
// false }) writes, in a fifth of its time: stringify builds a node tree of the whole document first (a Pair, two
// Scalars and their context objects per key), which for the bundle costs more than the text itself. Here the value
// is walked once, laying out maps and sequences as yaml's stringifyCollection and stringifyPair do for block
// collections without comments; every scalar is written by yaml's own exported stringifyString and stringifyNumber,
// so quoting, block scalars and escapes are yaml's, not a copy. What this layout does not cover (a key longer than
// 1024 characters, which yaml writes as an explicit `? key`) is handed to yaml's stringify whole.
// test/spec/yaml-text.test.ts compares the two on the real bundles and on generated values.
import { Document, Scalar, stringify } from 'yaml';
import { stringifyNumber, stringifyString, type StringifyContext } from 'yaml/util';

export const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** yaml's stringify context for these options, as its createStringifyContext builds it (yaml 2.9). */
function rootContext(): StringifyContext {
  const doc = new Document(null, YAML_OPTIONS);
  const options = Object.assign(
    {
      blockQuote: true,
      commentString: (text: string) => `#${text}`,
      defaultKeyType: null,
      defaultStringType: 'PLAIN',
      directives: null,
      doubleQuotedAsJSON: false,
      doubleQuotedMinMultiLineLength: 40,
      falseStr: 'false',
      flowCollectionPadding: true,
      indentSeq: true,
      lineWidth: 80,
      minContentWidth: 20,
      nullStr: 'null',
      simpleKeys: false,
      singleQuote: null,
      trailingComma: false,
      trueStr: 'true',
      verifyAliasOrder: true,
    },
    doc.schema.toStringOptions,
    YAML_OPTIONS,
  );
  return { anchors: new Set(), doc, flowCollectionPadding: ' ', indent: '', indentStep: '  ', inFlow: null, options } as unknown as StringifyContext;
}

/** Thrown where yaml would leave the layout below; the caller then lets yaml write the whole text. */
class Unsupported extends Error {}

const MAX_IMPLICIT_KEY = 1024;

/**
 * Words that yaml's stringifyString writes as they are (plain), checked without calling it: letters, digits and
 * `_-./` and inner spaces, starting with a letter, cannot start an indicator, hold `: ` or ` #`, end in a space or
 * colon, start a document marker, or read as a number. Of the core schema only null and the booleans are words.
 */
const PLAIN_WORD = /^[A-Za-z](?:[A-Za-z0-9_\-./ ]*[A-Za-z0-9_\-./])?$/;
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

function scalar(value: unknown, ctx: StringifyContext): string {
  if (typeof value === 'string' && PLAIN_WORD.test(value) && !NOT_STRINGS.has(value)) return value;
  if (value === null) return ctx.options.nullStr as string;
  if (typeof value === 'boolean') return (value ? ctx.options.trueStr : ctx.options.falseStr) as string;
  if (typeof value === 'number') return stringifyNumber(new Scalar(value) as any);
  if (typeof value === 'string') return stringifyString(new Scalar(value) as any, { actualString: true, ...ctx } as StringifyContext);
  throw new Unsupported(`a ${typeof value}`);
}

const isCollection = (value: unknown): value is object => value !== null && typeof value === 'object';

/** A value in its context: a map's or sequence's block lines, or a scalar. */
function node(value: unknown, ctx: StringifyContext): string {
  if (Array.isArray(value)) return sequence(value, ctx);
  if (isCollection(value)) return map(value as Record<string, unknown>, ctx);
  return scalar(value, ctx);
}

function map(value: Record<string, unknown>, ctx: StringifyContext): string {
  const lines: string[] = [];
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) continue;
    lines.push(pair(key, value[key], { ...ctx, type: null } as StringifyContext));
  }
  // An empty map's pairs are all null (vacuously): yaml marks the context so, to no effect on `{}`.
  return lines.length ? lines.join(`\n${ctx.indent}`) : '{}';
}

function sequence(value: unknown[], ctx: StringifyContext): string {
  if (value.length === 0) return '[]';
  const itemCtx = { ...ctx, indent: `${ctx.indent}  `, type: null } as StringifyContext;
  return value.map((item) => `- ${node(item, itemCtx)}`).join(`\n${ctx.indent}`);
}

function pair(key: string, value: unknown, parent: StringifyContext): string {
  const ctx = { ...parent, allNullValues: false, implicitKey: true, indent: parent.indent + parent.indentStep } as StringifyContext;
  const keyText = scalar(key, ctx);
  if (keyText.length > MAX_IMPLICIT_KEY) throw new Unsupported('a key longer than 1024 characters');
  const head = `${keyText}:`;
  ctx.implicitKey = false;
  if (!isCollection(value)) ctx.indentAtStart = head.length + 1;
  const text = node(value, ctx);
  if (isCollection(value)) {
    const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
    return empty ? `${head} ${text}` : `${head}\n${ctx.indent}${text}`;
  }
  return text === '' || text[0] === '\n' ? `${head}${text}` : `${head} ${text}`;
}

/** `value` (parsed JSON: objects, arrays, strings, finite numbers, booleans, null) as YAML text. */
export function yamlText(value: unknown): string {
  try {
    return `${node(value, rootContext())}\n`;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return stringify(value, YAML_OPTIONS);
  }
}
