// One generation run: bundle -> IR -> every registered emitter group -> files, written or checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIR } from '../ir/build.ts';
import { CompileBatch } from './compile-batch.ts';
import type { EmitterGroup, GeneratedFile } from './emitter.ts';
import { compareWithDisk, writeToDisk, type Difference } from './output.ts';

export interface RunOptions {
  root: string;
  groups: EmitterGroup[];
  /** Defaults to `<root>/generated/openapi.json`. */
  specPath?: string;
  /** The directories of groups left out of this run (a cached run's fresh ones): never stale, never removed. */
  foreign?: string[];
}

export interface RunResult {
  files: GeneratedFile[];
  owned: string[];
}

export async function emitAll({ root, groups, specPath }: RunOptions): Promise<RunResult> {
  const spec = JSON.parse(readFileSync(specPath ?? join(root, 'generated', 'openapi.json'), 'utf8'));
  const ir = buildIR(spec);
  // Groups emit concurrently so that their compiles can join into one (compile-batch.ts); files keep group order.
  const batch = new CompileBatch(groups.length);
  const memo = new Map<string, unknown>();
  const shared = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  const emitted = await Promise.all(
    groups.map(async (group) => {
      try {
        return await group.emit({ ir, spec, root, shared, compile: (request) => batch.compile(request) });
      } finally {
        batch.groupDone();
      }
    }),
  );
  const files: GeneratedFile[] = [];
  groups.forEach((group, i) => {
    for (const file of emitted[i]) {
      if (!group.owns.some((dir) => file.path.startsWith(`${dir}/`))) {
        throw new Error(`emitter group ${group.name} emitted ${file.path} outside the directories it owns (${group.owns.join(', ')})`);
      }
    }
    files.push(...emitted[i]);
  });
  const paths = files.map((f) => f.path);
  const duplicate = paths.find((p, i) => paths.indexOf(p) !== i);
  if (duplicate) throw new Error(`${duplicate} is emitted twice`);
  return { files, owned: groups.flatMap((g) => g.owns) };
}

export async function checkGenerated(options: RunOptions): Promise<Difference[]> {
  const { files, owned } = await emitAll(options);
  return compareWithDisk(options.root, files, owned);
}

export async function writeGenerated(options: RunOptions): Promise<number> {
  const { files, owned } = await emitAll(options);
  return writeToDisk(options.root, files, owned, options.foreign);
}
