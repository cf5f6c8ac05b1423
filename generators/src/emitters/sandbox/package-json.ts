// The sandbox's package.json: a bin, and the runtime dependencies of its store (see README for why each).
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { esmPackageJson, pinnedDependencies } from '../../framework/package.ts';
import { BIN_NAME, PACKAGE_NAME, SANDBOX_DIR } from './paths.ts';

export function emitPackageJson({ ir, root }: EmitContext): GeneratedFile {
  const file = esmPackageJson(SANDBOX_DIR, {
    name: PACKAGE_NAME,
    description: `A stateful sandbox of the ${ir.title} (spec version ${ir.version}): lifecycles, the vendor's sandbox triggers, prerequisites and webhooks, executed from the OpenAPI bundle.`,
    files: ['dist', 'README.md'],
    engines: { node: '>=20.19' },
    dependencies: { '@connectfi/server': '0.1.0', ...pinnedDependencies(root, ['better-sqlite3', 'kysely', 'pg']) },
  });
  const pkg = JSON.parse(file.content);
  // A bin is an entry point with side effects (it starts a server).
  const withBin = { ...pkg, bin: { [BIN_NAME]: './dist/cli.js' }, sideEffects: ['./dist/cli.js'] };
  return { path: file.path, content: `${JSON.stringify(withBin, null, 2)}\n` };
}
