// The client's package.json: ESM with `exports` and type declarations, openapi-fetch its only runtime dependency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { CLIENT_DIR, PACKAGE_NAME } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile {
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pkg = {
    name: PACKAGE_NAME,
    version: '0.1.0',
    description: `Typed client for the ${ir.title} (spec version ${ir.version}), generated from the OpenAPI bundle.`,
    type: 'module',
    private: true,
    exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'api.md'],
    sideEffects: false,
    dependencies: { 'openapi-fetch': rootPackage.devDependencies['openapi-fetch'] },
  };
  return { path: `${CLIENT_DIR}/package.json`, content: `${JSON.stringify(pkg, null, 2)}\n` };
}
