// The server's package.json: ESM with `exports` and declarations. ajv and ajv-formats are runtime dependencies
// because the standalone validators import their helpers (see validators.ts); versions follow the root's pins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { PACKAGE_NAME, SERVER_DIR } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile {
  const pins = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const pkg = {
    name: PACKAGE_NAME,
    version: '0.1.0',
    description: `Server stubs for the ${ir.title} (spec version ${ir.version}): typed handlers, routing, validation, generated from the OpenAPI bundle.`,
    type: 'module',
    private: true,
    exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'README.md'],
    sideEffects: false,
    engines: { node: '>=20.19' },
    dependencies: { ajv: pins.ajv, 'ajv-formats': pins['ajv-formats'] },
  };
  return { path: `${SERVER_DIR}/package.json`, content: `${JSON.stringify(pkg, null, 2)}\n` };
}
