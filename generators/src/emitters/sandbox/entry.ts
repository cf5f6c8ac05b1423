// generated/sandbox/src/index.ts and cli.ts: the engine bound to this spec's model.

export function indexSource(banner: string): string {
  return `${banner}import { startSandbox as start, type RunningSandbox, type SandboxOptions } from './engine/sandbox.js';
import { model } from './model.js';

/** Starts the sandbox on this spec's model; see README.md for the options. */
export function startSandbox(options: Omit<SandboxOptions, 'model'>): Promise<RunningSandbox> {
  return start({ model, ...options });
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
${banner}import { main } from './engine/cli.js';
import { model } from './model.js';

await main(model, process.argv.slice(2));
`;
}
