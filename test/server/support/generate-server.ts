// Generates a server package from any bundle with the real emitter group, into test-results/ (inside the project,
// so its imports of ajv resolve), and loads it. The committed generated/server is what `--check` keeps fresh; this
// is for fixture bundles with operation shapes main's spec does not hold yet.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverEmitters } from '../../../generators/src/emitters/server/index.ts';
import { buildIR } from '../../../generators/src/ir/build.ts';
import { projectRoot } from '../../../scripts/lib/paths.ts';

export async function generateServerFrom(spec: any, name: string): Promise<any> {
  const files = await serverEmitters.emit({ ir: buildIR(spec), spec, root: projectRoot });
  const out = join(projectRoot, 'test-results', `server-${name}`);
  rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return import(pathToFileURL(join(out, 'generated/server/dist/index.js')).href);
}
