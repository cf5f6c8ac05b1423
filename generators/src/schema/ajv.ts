// One Ajv (JSON Schema 2020-12, as OAS 3.1 uses) for every tool that validates against the bundle: the example
// walker, webhook parsing and the server stubs' generation-time compiler. The bundle is added as one schema so
// that `#/components/schemas/X` refs resolve, and its OpenAPI keywords are declared so strict mode stays on.
import { Ajv2020, _, stringify, type AnySchemaObject, type KeywordDefinition } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { encodeSegment } from '../ir/pointer.ts';

export const BUNDLE_ID = 'https://connectfi.example/openapi.json';

/** OpenAPI keywords that appear around or inside schemas and mean nothing to JSON Schema validation. */
const OPENAPI_KEYWORDS = ['openapi', 'info', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'externalDocs', 'jsonSchemaDialect', 'discriminator', 'xml', 'example'];

/** connectFi's `amountPrecision`: at most N decimals, checked on the decimal text so that 0.29 passes. */
export const amountPrecision: KeywordDefinition = {
  keyword: 'x-amountPrecision',
  type: 'number',
  schemaType: 'number',
  error: { message: ({ schema }) => `must have at most ${schema} decimals` as never },
  code(cxt) {
    const { gen, data, schema } = cxt;
    const decimals = gen.const('decimals', _`(String(${data}).split('.')[1] || '').length`);
    cxt.fail(_`${decimals} > ${schema}`);
  },
};

/**
 * `x-connectfi-supported: [USD]`: the values connectFi accepts where the schema stays open (Currency). A business
 * rule, not a schema constraint, so only request validators enforce it (`businessRules`), and the server turns a
 * failure into the code the schema's `x-connectfi-errors` names, or lets the value through where the operation does
 * not document that code.
 */
export const supportedValues: KeywordDefinition = {
  keyword: 'x-connectfi-supported',
  schemaType: 'array',
  error: { message: ({ schema }) => `must be one of the supported values ${(schema as unknown[]).join(', ')}` as never },
  code(cxt) {
    const { data, schema } = cxt;
    cxt.fail(_`!${stringify(schema)}.includes(${data})`);
  },
};

/** Every `x-` key used in the bundle: extensions are annotations to Ajv. */
export function extensionKeywords(doc: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(doc)) for (const d of doc) extensionKeywords(d, found);
  else if (doc && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) {
      if (k.startsWith('x-')) found.add(k);
      extensionKeywords(v, found);
    }
  }
  return found;
}

/**
 * The bundles already checked against the JSON Schema meta-schema: a run builds several Ajvs on one bundle (a
 * module of validators each), and the check, a third of building one, gives the same answer every time.
 */
const metaValidated = new WeakSet<object>();

export function createAjv(bundle: AnySchemaObject, { businessRules = false, ...options }: { code?: { source?: boolean; esm?: boolean }; businessRules?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, ...options });
  addFormats.default ? addFormats.default(ajv) : (addFormats as any)(ajv);
  const keywords = businessRules ? [amountPrecision, supportedValues] : [amountPrecision];
  for (const keyword of keywords) ajv.addKeyword(keyword);
  const annotations = new Set([...OPENAPI_KEYWORDS, ...extensionKeywords(bundle)]);
  for (const keyword of keywords) annotations.delete(keyword.keyword as string);
  ajv.addVocabulary([...annotations]);
  ajv.addSchema({ ...bundle, $id: BUNDLE_ID }, undefined, undefined, !metaValidated.has(bundle));
  metaValidated.add(bundle);
  return ajv;
}

/** A reference into the bundle by JSON pointer segments, for ajv.compile({ $ref }). */
export const bundleRef = (segments: (string | number)[]) => `${BUNDLE_ID}#/${segments.map(encodeSegment).map(encodeURIComponent).join('/')}`;
