// The sandbox's publishable files (package.json, LICENSE, CHANGELOG) from the shared shape: ES-module-only (its
// control API validators are ES modules and it is a bin and a server, not a library to require), a bin, and the
// runtime dependencies of its server and store (see README for why each).
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { packageFiles, pinnedDependencies } from '../../framework/package.ts';
import { packageVersion } from '../../framework/version.ts';
import { PACKAGE_NAME as SERVER_PACKAGE } from '../server/paths.ts';
import { BIN_NAME, PACKAGE_NAME, SANDBOX_DIR } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile[] {
  const version = packageVersion(ir);
  return packageFiles(root, SANDBOX_DIR, ir, {
    name: PACKAGE_NAME,
    version,
    description: `A stateful sandbox of the ${ir.title} (spec version ${ir.version}): lifecycles, the vendor's sandbox triggers, prerequisites and webhooks, executed from the OpenAPI bundle.`,
    keywords: ['connectfi', 'openapi', 'payments', 'sandbox', 'mock'],
    formats: 'esm',
    bin: { [BIN_NAME]: './dist/cli.js' },
    dependencies: { [SERVER_PACKAGE]: version, ...pinnedDependencies(root, ['ajv', 'ajv-formats', 'better-sqlite3', 'kysely', 'pg']) },
  });
}
