// The kit's package.json: the shared ESM shape plus the bin. Runtime dependencies: ajv and ajv-formats (the
// standalone validators import their helpers) and Prism, which `mock` runs.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { esmPackageJson, pinnedDependencies } from '../../framework/package.ts';
import { BIN_NAME, CONTRACT_DIR, PACKAGE_NAME } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile {
  const base = esmPackageJson(CONTRACT_DIR, {
    name: PACKAGE_NAME,
    description: `Contract tests for providers of the ${ir.title} (spec version ${ir.version}): \`${BIN_NAME} verify\` checks a running service over HTTP, \`${BIN_NAME} mock\` serves a Prism mock.`,
    files: ['dist', 'openapi.json', 'README.md'],
    engines: { node: '>=20.19' },
    dependencies: pinnedDependencies(root, ['@stoplight/prism-cli', 'ajv', 'ajv-formats']),
  });
  const pkg = JSON.parse(base.content);
  const withBin = { ...pkg, bin: { [BIN_NAME]: './dist/cli.js' }, sideEffects: true };
  return { path: base.path, content: `${JSON.stringify(withBin, null, 2)}\n` };
}
