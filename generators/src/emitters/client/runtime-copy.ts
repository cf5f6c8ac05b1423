// The hand-written runtime (generators/runtime/client), copied verbatim into the package so it is self-contained.
// It is never edited there: --check compares the copy with its source like any generated file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../../framework/emitter.ts';
import { clientSrc } from './paths.ts';

export const RUNTIME_DIR = 'generators/runtime/client';

export function runtimeFiles(root: string): GeneratedFile[] {
  return readdirSync(join(root, RUNTIME_DIR))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ path: clientSrc(`runtime/${name}`), content: readFileSync(join(root, RUNTIME_DIR, name), 'utf8') }));
}
