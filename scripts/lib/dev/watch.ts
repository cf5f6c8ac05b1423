// Watching the author's directories: changes are collected for a short quiet period (an editor's save is often
// several writes) and handed over as one batch, by area.
import { watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

export type Area = 'spec' | 'docs' | 'generators';

export interface ChangeBatch {
  areas: Set<Area>;
  /** Changed paths, relative to the project root (or absolute outside it). */
  files: string[];
}

/** Editor swap, backup and lock files, and installed packages, are not sources. */
const IGNORED = /(^|\/)(node_modules|\.git)(\/|$)|\.swp$|\.swx$|~$|(^|\/)\.#|(^|\/)4913$/;

export function watchAreas(dirs: [Area, string][], root: string, onBatch: (batch: ChangeBatch) => void, quietMs = 60): { close(): void } {
  let pending: ChangeBatch | undefined;
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = dirs.map(([area, dir]) =>
    watch(dir, { recursive: true }, (_event, name) => {
      if (!name) return;
      const file = relative(root, join(dir, name.toString()));
      if (IGNORED.test(file)) return;
      pending ??= { areas: new Set(), files: [] };
      pending.areas.add(area);
      if (!pending.files.includes(file)) pending.files.push(file);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const batch = pending!;
        pending = undefined;
        onBatch(batch);
      }, quietMs);
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
