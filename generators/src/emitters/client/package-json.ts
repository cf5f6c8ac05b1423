// The client's publishable files (package.json, LICENSE, CHANGELOG) from the shared shape; openapi-fetch is its only
// runtime dependency (the low-level `cfi.raw` client; see the README's "Dependencies").
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { packageFiles, pinnedDependencies } from '../../framework/package.ts';
import { packageVersion } from '../../framework/version.ts';
import { CLIENT_DIR, PACKAGE_NAME } from './paths.ts';
import { SANDBOX_ENTRY } from './sandbox-entry.ts';

/** `withSandbox`: also export `@connectfi/client/sandbox`, the sandbox control API's entry point. */
export function emitPackageJson({ ir, root }: EmitContext, withSandbox = false): GeneratedFile[] {
  return packageFiles(root, CLIENT_DIR, ir, {
    name: PACKAGE_NAME,
    version: packageVersion(ir),
    description: `Typed client for the ${ir.title} (spec version ${ir.version}), generated from the OpenAPI bundle.`,
    extraFiles: ['api.md'],
    keywords: ['connectfi', 'openapi', 'payments', 'client', 'sdk'],
    dependencies: pinnedDependencies(root, ['openapi-fetch']),
    subpaths: withSandbox ? [SANDBOX_ENTRY.dir] : [],
  });
}
