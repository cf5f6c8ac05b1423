// The sandbox emitter group: generated/sandbox (`@connectfi/sandbox`). The engine is the hand-written runtime in
// generators/runtime/sandbox, copied to src/engine; this group adds the model (the IR's behaviour facts as data),
// the entry points, the README, and compiles src/ to dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmitterGroup, GeneratedFile } from '../../framework/emitter.ts';
import { copyRuntime } from '../../framework/package.ts';
import { GENERATED_BANNER } from '../../framework/banner.ts';
import { controlPackageParts } from '../server/control.ts';
import { compileTypeScript } from '../server/compile.ts';
import { cliSource, indexSource } from './entry.ts';
import { modelSource } from './model.ts';
import { emitPackageJson } from './package-json.ts';
import { SANDBOX_DIR, sandboxSrc } from './paths.ts';
import { readmeFile } from './readme.ts';

export const sandboxEmitters: EmitterGroup = {
  name: 'sandbox',
  owns: [SANDBOX_DIR],
  // The engine, and the control API's bundle whose parts compile with it.
  inputs: ['generators/runtime/sandbox', 'generators/runtime/shared', 'generated/sandbox-openapi.json'],
  async emit(context) {
    const { ir, root } = context;
    // The control API's sources (emitted by its own group into src/control/) compile with ours.
    const control = await controlPackageParts(context);
    // The engine's IR types are the generators' own file, so the package and the IR cannot disagree.
    const irTypes = readFileSync(join(root, 'generators/src/ir/behaviour-types.ts'), 'utf8');
    const runtime = copyRuntime(root, 'generators/runtime/sandbox', (name) => sandboxSrc(`engine/${name}`)).map((file) => (file.path.endsWith('/ir-types.ts') ? { ...file, content: irTypes } : file));
    const sources: GeneratedFile[] = [
      ...runtime,
      { path: sandboxSrc('model.ts'), content: modelSource(ir, GENERATED_BANNER) },
      { path: sandboxSrc('index.ts'), content: indexSource(GENERATED_BANNER) },
      { path: sandboxSrc('cli.ts'), content: cliSource(GENERATED_BANNER) },
    ];
    const compiled = (await compileTypeScript(context, `${SANDBOX_DIR}/src`, `${SANDBOX_DIR}/dist`, [...sources, ...control.src])).filter((file) => !control.dist.some((d) => d.path === file.path));
    return [...emitPackageJson(context), readmeFile(ir), ...sources, ...compiled, ...control.dist];
  },
};
