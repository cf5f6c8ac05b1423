// generated/sandbox/src/index.ts and cli.ts: the engine bound to this spec's model.

export function indexSource(banner: string): string {
  return `${banner}import { controlTables } from './control/index.js';
import { startSandbox as start, type RunningSandbox, type SandboxOptions } from './engine/sandbox.js';
import { model } from './model.js';

/** Starts the sandbox on this spec's model, with the control API beside it; see README.md for the options. */
export function startSandbox(options: Omit<SandboxOptions, 'model' | 'controlTables'>): Promise<RunningSandbox> {
  return start({ model, controlTables, ...options });
}

export { model };
export { DEFAULT_LOGIN, DEFAULT_PASSWORD } from './engine/cli.js';
export type { RunningSandbox, SandboxOptions } from './engine/sandbox.js';
export type { Store, StoredRecord, Delivery, Health } from './engine/store.js';
export { openStore, SqlStore } from './engine/store-sql.js';
`;
}

export function cliSource(banner: string): string {
  return `#!/usr/bin/env node
${banner}import { controlTables } from './control/index.js';
import { main } from './engine/cli.js';
import { model } from './model.js';

await main(model, controlTables, process.argv.slice(2));
`;
}
