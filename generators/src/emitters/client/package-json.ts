// The client's package.json: openapi-fetch is its only runtime dependency.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { esmPackageJson, pinnedDependencies } from '../../framework/package.ts';
import { packageVersion } from '../../framework/version.ts';
import { CLIENT_DIR, PACKAGE_NAME } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile {
  return esmPackageJson(CLIENT_DIR, {
    name: PACKAGE_NAME,
    version: packageVersion(ir),
    description: `Typed client for the ${ir.title} (spec version ${ir.version}), generated from the OpenAPI bundle.`,
    files: ['dist', 'api.md'],
    dependencies: pinnedDependencies(root, ['openapi-fetch']),
  });
}
