// openapi-typescript's `openapiTS(bundle)` without its first step, which lints and bundles the document with
// @redocly/openapi-core: the bundle it gets here is generated/openapi.json (or the control API's), linted and
// bundled already by `npm run lint` and `npm run bundle`. Loading Redocly and running it again cost more than the
// transform itself. The package's CommonJS modules are required by path (it exports them, `./*`): its entry point
// would load Redocly, and its ES modules `import` typescript, which makes Node scan typescript's 9 MB for export
// names (compile.ts requires it too). The context is openapiTS's with its defaults (openapi-typescript 7.13, pinned).
import { createRequire } from 'node:module';
import type { astToString as AstToString, GlobalContext, OpenAPI3, resolveRef as ResolveRef, scanDiscriminators as ScanDiscriminators, transformSchema as TransformSchema } from 'openapi-typescript';

const require = createRequire(import.meta.url);
const transformSchema: typeof TransformSchema = require('openapi-typescript/dist/transform/index.cjs');
const { astToString }: { astToString: typeof AstToString } = require('openapi-typescript/dist/lib/ts.cjs');
const { resolveRef, scanDiscriminators }: { resolveRef: typeof ResolveRef; scanDiscriminators: typeof ScanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs');

/** The TypeScript types of `bundle` (an OpenAPI 3.x document whose every `$ref` is internal), as openapiTS prints them. */
export function openapiTypes(bundle: OpenAPI3): string {
  const version = Number.parseFloat(String(bundle.openapi));
  if (!(version >= 3 && version < 4)) throw new Error(`openapi-typescript: unsupported OpenAPI version ${JSON.stringify(bundle.openapi)}, expected 3.x`);
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(bundle, {}),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by the linting and bundling left out here.
    redoc: undefined as never,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(bundle, $ref, { silent: true }),
  };
  return astToString(transformSchema(bundle, ctx));
}
