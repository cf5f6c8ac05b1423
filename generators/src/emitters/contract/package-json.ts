// The kit's publishable files (package.json, dist/cjs marker, LICENSE, CHANGELOG) from the shared shape, plus the bin
// and the bundle the mock serves. Runtime dependencies: ajv and ajv-formats (the standalone validators require their
// helpers) and Prism, which `mock` runs.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { ESM_DIST, packageFiles, pinnedDependencies } from '../../framework/package.ts';
import { packageVersion } from '../../framework/version.ts';
import { BIN_NAME, CONTRACT_DIR, PACKAGE_NAME } from './paths.ts';

/** The bin is ESM only (a top-level await); the library entry has both builds like every package. */
export const BIN_PATH = `${ESM_DIST}/cli.js`;

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile[] {
  const [manifest, ...rest] = packageFiles(root, CONTRACT_DIR, ir, {
    name: PACKAGE_NAME,
    version: packageVersion(ir),
    description: `Contract tests for providers of the ${ir.title} (spec version ${ir.version}): \`${BIN_NAME} verify\` checks a running service over HTTP, \`${BIN_NAME} mock\` serves a Prism mock.`,
    keywords: ['connectfi', 'openapi', 'payments', 'contract-testing', 'mock'],
    extraFiles: ['openapi.json'],
    dependencies: pinnedDependencies(root, ['@stoplight/prism-cli', 'ajv', 'ajv-formats']),
  });
  // Only the bin has a side effect when loaded (it runs the command); the library modules stay tree-shakeable.
  const pkg = { ...JSON.parse(manifest.content), bin: { [BIN_NAME]: `./${BIN_PATH}` }, sideEffects: [`./${BIN_PATH}`] };
  return [{ path: manifest.path, content: `${JSON.stringify(pkg, null, 2)}\n` }, ...rest];
}
