// The hand-written runtime (generators/runtime/server), copied verbatim into the package; tests and the README stay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../../framework/emitter.ts';
import { serverSrc } from './paths.ts';

export const RUNTIME_DIR = 'generators/runtime/server';

export function copyRuntime(root: string): GeneratedFile[] {
  return readdirSync(join(root, RUNTIME_DIR))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ path: serverSrc(`runtime/${name}`), content: readFileSync(join(root, RUNTIME_DIR, name), 'utf8') }));
}
