// The bundle the kit's `mock` serves: the bundle unchanged except for `x-faker` hints where Prism's faker
// (json-schema-faker 0.5) cannot honour a constraint, so `--dynamic` answers valid data for every operation:
// - a number with `x-amountPrecision` or an `exclusiveMinimum` (jsf reads exclusiveMinimum as a draft-4 boolean and
//   generates negative amounts, and knows nothing of the decimals): a faker number within the bounds at that precision;
// - a text/csv answer (a string of up to 100 MB to jsf): one of its documented CSV examples.
// Hints are annotations, so validation (Prism's and the kit's) reads the same schemas as the bundle's.

type Node = Record<string, any>;

const DEFAULT_MAX = 100000;

function numberHint(schema: Node): Node | undefined {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('number') && !types.includes('integer')) return undefined;
  const declared = typeof schema['x-amountPrecision'] === 'number' ? schema['x-amountPrecision'] : undefined;
  if (declared === undefined && typeof schema.exclusiveMinimum !== 'number') return undefined;
  const precision = types.includes('integer') ? 0 : declared ?? 2;
  const step = 10 ** -precision;
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + step : 0;
  const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - step : Math.max(min + step, DEFAULT_MAX);
  return { 'datatype.number': { min: Number(min.toFixed(precision)), max: Number(max.toFixed(precision)), precision: step } };
}

function hint(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(hint);
  if (!node || typeof node !== 'object') return;
  const schema = node as Node;
  if (!('x-faker' in schema)) {
    const number = numberHint(schema);
    if (number) schema['x-faker'] = number;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'text/csv' && value?.schema && value.examples) {
      const examples = Object.values<Node>(value.examples).map((e) => e?.value).filter((v) => typeof v === 'string');
      if (examples.length) value.schema = { ...value.schema, 'x-faker': { 'helpers.arrayElement': [examples] } };
    }
    hint(value);
  }
}

export function mockBundle(spec: unknown): unknown {
  const copy = structuredClone(spec);
  hint(copy);
  return copy;
}
