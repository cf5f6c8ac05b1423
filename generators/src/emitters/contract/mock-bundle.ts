// The bundle the kit's `mock` serves: the bundle unchanged except for faker hints where Prism's faker
// (json-schema-faker 0.5) cannot honour a constraint, so `--dynamic` answers valid data for every operation:
// - a number with `x-amountPrecision` or an `exclusiveMinimum` (jsf reads exclusiveMinimum as a draft-4 boolean and
//   generates negative amounts, and knows nothing of the decimals): a faker number within the bounds at that precision;
// - a string whose pattern holds a lookahead (`^(?!\s*$)((?![<>]).)*$`, which jsf's randexp cannot honour, so it
//   writes `<` and blanks): jsf's `template`, a fixed value (the schema's example, else letters within the length
//   bounds) kept only when the pattern accepts it. Not `x-faker`: jsf drops that when it picks `null` out of
//   `type: [string, 'null']` and falls back to the pattern;
// - a text/csv answer (a string of up to 100 MB to jsf): one of its documented CSV examples;
// - at the root, jsf's `maxItems` option: arrays of up to 200 000 items (the biller directory) would take Prism
//   minutes and gigabytes to generate; no array in the bundle needs more than one item.
// Hints are annotations (`x-faker`, jsf's `template`, a root option), so validation reads the bundle's own schemas.

type Node = Record<string, any>;

const DEFAULT_MAX = 100000;
const MOCK_MAX_ITEMS = 3;

function lookaheadHint(schema: Node): Node | undefined {
  if (typeof schema.pattern !== 'string' || !/\(\?[=!]/.test(schema.pattern)) return undefined;
  const pattern = new RegExp(schema.pattern, 'u');
  const length = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 12, Math.max(typeof schema.minLength === 'number' ? schema.minLength : 1, 8));
  const value = [schema.example, 'x'.repeat(length)].find((v) => typeof v === 'string' && pattern.test(v) && (schema.format === undefined || v === schema.example));
  return value === undefined ? undefined : { template: value };
}

function numberHint(schema: Node): Node | undefined {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('number') && !types.includes('integer')) return undefined;
  const declared = typeof schema['x-amountPrecision'] === 'number' ? schema['x-amountPrecision'] : undefined;
  if (declared === undefined && typeof schema.exclusiveMinimum !== 'number') return undefined;
  const precision = types.includes('integer') ? 0 : (declared ?? 2);
  const step = 10 ** -precision;
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + step : 0;
  const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - step : Math.max(min + step, DEFAULT_MAX);
  return { 'datatype.number': { min: Number(min.toFixed(precision)), max: Number(max.toFixed(precision)), precision: step } };
}

function hint(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) hint(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Node;
  if (!('x-faker' in schema)) {
    const faker = numberHint(schema);
    if (faker) schema['x-faker'] = faker;
  }
  if (!('template' in schema)) Object.assign(schema, lookaheadHint(schema));
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'text/csv' && value?.schema && value.examples) {
      const examples = Object.values<Node>(value.examples)
        .map((e) => e?.value)
        .filter((v) => typeof v === 'string');
      if (examples.length) value.schema = { ...value.schema, 'x-faker': { 'helpers.arrayElement': [examples] } };
    }
    // Example values are data, not schemas (a validation error's `params.pattern` is not a pattern to honour).
    if (key !== 'example' && key !== 'examples') hint(value);
  }
}

export function mockBundle(spec: unknown): Node {
  const copy = structuredClone(spec) as Node;
  hint(copy);
  copy['x-json-schema-faker'] = { ...copy['x-json-schema-faker'], maxItems: MOCK_MAX_ITEMS };
  return copy;
}
