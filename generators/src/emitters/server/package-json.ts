// The server's publishable files (package.json, LICENSE, CHANGELOG) from the shared shape. ajv and ajv-formats are
// runtime dependencies because the standalone validators require their helpers (see validators.ts).
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { packageFiles, pinnedDependencies } from '../../framework/package.ts';
import { packageVersion } from '../../framework/version.ts';
import { PACKAGE_NAME, SERVER_DIR } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile[] {
  return packageFiles(root, SERVER_DIR, ir, {
    name: PACKAGE_NAME,
    version: packageVersion(ir),
    description: `Server stubs for the ${ir.title} (spec version ${ir.version}): typed handlers, routing, validation, generated from the OpenAPI bundle.`,
    keywords: ['connectfi', 'openapi', 'payments', 'server', 'stubs'],
    dependencies: pinnedDependencies(root, ['ajv', 'ajv-formats']),
  });
}
