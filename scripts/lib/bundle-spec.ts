// Bundling the multi-file source into the one artifact every tool downstream consumes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleTexts } from './bundle-text.ts';
import { coreBundle } from './core-bundle.ts';
import { specRoot } from './paths.ts';
import { runTool, runToolSync, type Track, type ToolRun } from './tool.ts';
import { lifecyclesOf } from '../../generators/src/ir/lifecycles.ts';
import { HTTP_METHODS } from '../../generators/src/ir/types.ts';
import { LIFECYCLE_HEADING, lifecycleTable } from './lifecycle-table.ts';

const bundleArgs = (root: string, out: string) => ['bundle', root, '--output', out];

// redocly writes JSON for a `.json` output: reading it back is ~200x faster than parsing YAML, on the build's
// critical path (bundle -> generate).
function readBundled(run: ToolRun, out: string): Record<string, any> {
  if (run.status !== 0) throw new Error(`redocly bundle failed:\n${run.output}`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

export function redoclyBundle(root = specRoot): Record<string, any> {
  const tmp = mkdtempSync(join(tmpdir(), 'cfi-bundle-'));
  try {
    const out = join(tmp, 'openapi.json');
    return readBundled(runToolSync('redocly', bundleArgs(root, out)), out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The same without blocking the event loop, so the build and the dev loop can do other work meanwhile. */
export async function redoclyBundleAsync(root = specRoot, track?: Track): Promise<Record<string, any>> {
  const tmp = mkdtempSync(join(tmpdir(), 'cfi-bundle-'));
  try {
    const out = join(tmp, 'openapi.json');
    return readBundled(await runTool('redocly', bundleArgs(root, out), { track }), out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Appends the lifecycle table to every schema that carries x-connectfi-lifecycle (idempotent). */
export function renderLifecycles(spec: Record<string, any>): void {
  for (const lc of lifecyclesOf(spec)) {
    const schema = spec.components.schemas[lc.schemaName];
    const prose = String(schema.description ?? '')
      .split(LIFECYCLE_HEADING)[0]
      .trimEnd();
    schema.description = `${prose}\n\n${lifecycleTable(lc)}\n`;
  }
}

/** A key the bundler invented (Name-2, or one differing from the schema's title) breaks every generator downstream. */
export function inventedKeys(spec: Record<string, any>): string[] {
  const problems: string[] = [];
  for (const [kind, entries] of Object.entries<any>(spec.components ?? {})) {
    for (const [key, value] of Object.entries<any>(entries ?? {})) {
      if (/-\d+$/.test(key)) problems.push(`components.${kind}.${key}: two source files share the name ${key.replace(/-\d+$/, '')}`);
      if (kind === 'schemas' && value?.title && value.title !== key) problems.push(`components.schemas.${key}: title "${value.title}" differs from the key`);
    }
  }
  return problems;
}

export interface Bundle {
  spec: Record<string, any>;
  yaml: string;
  json: string;
}

/** What redocly bundled, checked and completed into what generated/openapi.yaml and generated/openapi.json hold. */
export function finishBundle(spec: Record<string, any>): Bundle {
  const invented = inventedKeys(spec);
  if (invented.length) throw new Error(`bundle refused (see openapi/README.md#naming):\n  ${invented.join('\n  ')}`);
  renderLifecycles(spec);
  return { spec, ...bundleTexts(spec) };
}

/** The bundle as the files generated/openapi.yaml and generated/openapi.json hold it. */
export function buildBundle(root = specRoot): Bundle {
  return finishBundle(redoclyBundle(root));
}

export async function buildBundleAsync(root = specRoot, track?: Track): Promise<Bundle> {
  return finishBundle(await redoclyBundleAsync(root, track));
}

/**
 * The same bundle made in this process (./core-bundle.ts): what `npm run bundle` and the build use. The dev loop
 * keeps the CLI, whose run it can kill when a newer edit makes it pointless.
 */
export async function buildBundleInProcess(root = specRoot): Promise<Bundle> {
  return finishBundle(await coreBundle(root));
}

export function countOperations(spec: Record<string, any>): number {
  return Object.values<any>(spec.paths ?? {}).reduce((n, item) => n + HTTP_METHODS.filter((m) => item?.[m]).length, 0);
}
