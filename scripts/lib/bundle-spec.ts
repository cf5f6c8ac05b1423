// Bundling the multi-file source into the one artifact every tool downstream consumes.
import { bundleTexts } from './bundle-text.ts';
import { coreBundle } from './core-bundle.ts';
import { specRoot } from './paths.ts';
import { lifecyclesOf } from '../../generators/src/ir/lifecycles.ts';
import { HTTP_METHODS } from '../../generators/src/ir/types.ts';
import { LIFECYCLE_HEADING, lifecycleTable } from './lifecycle-table.ts';

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

/**
 * The bundle as generated/openapi.yaml and generated/openapi.json hold it, made in this process (./core-bundle.ts,
 * byte for byte what `redocly bundle` writes): `npm run bundle`, the build and the dev loop all use it.
 */
export async function buildBundleInProcess(root = specRoot): Promise<Bundle> {
  return finishBundle(await coreBundle(root));
}

export function countOperations(spec: Record<string, any>): number {
  return Object.values<any>(spec.paths ?? {}).reduce((n, item) => n + HTTP_METHODS.filter((m) => item?.[m]).length, 0);
}
