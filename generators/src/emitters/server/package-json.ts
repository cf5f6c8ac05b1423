// The server's package.json. ajv and ajv-formats are runtime dependencies because the standalone validators import
// their helpers (see validators.ts).
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { esmPackageJson, pinnedDependencies } from '../../framework/package.ts';
import { packageVersion } from '../../framework/version.ts';
import { PACKAGE_NAME, SERVER_DIR } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile {
  return esmPackageJson(SERVER_DIR, {
    name: PACKAGE_NAME,
    version: packageVersion(ir),
    description: `Server stubs for the ${ir.title} (spec version ${ir.version}): typed handlers, routing, validation, generated from the OpenAPI bundle.`,
    files: ['dist', 'README.md'],
    engines: { node: '>=20.19' },
    dependencies: pinnedDependencies(root, ['ajv', 'ajv-formats']),
  });
}
