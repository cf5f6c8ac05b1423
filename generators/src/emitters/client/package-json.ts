// The client's package.json: openapi-fetch is its only runtime dependency.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { esmPackageJson, pinnedDependencies } from '../../framework/package.ts';
import { CLIENT_DIR, PACKAGE_NAME } from './paths.ts';
import { SANDBOX_EXPORT } from './sandbox-entry.ts';

/** `withSandbox`: also export `@connectfi/client/sandbox`, the sandbox control API's entry point. */
export function emitPackageJson({ ir, root }: EmitContext, withSandbox = false): GeneratedFile {
  const file = esmPackageJson(CLIENT_DIR, {
    name: PACKAGE_NAME,
    description: `Typed client for the ${ir.title} (spec version ${ir.version}), generated from the OpenAPI bundle.`,
    files: ['dist', 'api.md'],
    dependencies: pinnedDependencies(root, ['openapi-fetch']),
  });
  if (!withSandbox) return file;
  const pkg = JSON.parse(file.content);
  pkg.exports[SANDBOX_EXPORT] = { types: './dist/sandbox/index.d.ts', import: './dist/sandbox/index.js' };
  return { ...file, content: `${JSON.stringify(pkg, null, 2)}\n` };
}
