// The sandbox control API in the docs site: a section of its own (its bundle's tag group, "Sandbox control API")
// beside connectFi's API, added to the docs copy only. generated/openapi.* never sees it; the control API's own
// bundle (generated/sandbox-openapi.*) is read as is.
import { existsSync, readFileSync } from 'node:fs';
import { listOperations, type OperationEntry } from '../operations.ts';
import { sandboxBundleJson } from '../paths.ts';
import { curlSample, facadeArguments } from './code-samples.ts';
import { FIDELITY, fidelityBadge } from './docs-spec.ts';
import { tsLiteral } from './ts-literal.ts';

/** How a program obtains the control client; the samples show it before each call. */
export const CONTROL_SETUP = [
  "import { SandboxControl } from '@connectfi/client/sandbox';",
  '',
  'const control = new SandboxControl({',
  "  baseUrl: process.env.CONNECTFI_BASE_URL!, // the sandbox's url, as `npm run sandbox` prints it",
  '  token: process.env.CONNECTFI_TOKEN!,',
  '});',
].join('\n');

export function controlSample(op: OperationEntry): string {
  const args = facadeArguments(op, () => undefined)
    .map((a) => tsLiteral(a))
    .join(', ');
  return `${CONTROL_SETUP}\n\nconst result = await control.${op.action}(${args});\nconsole.log(result);\n`;
}

/** The control bundle when the project has one (a fixture project may not). */
export function readControlBundle(file = sandboxBundleJson): any | undefined {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function annotate(op: OperationEntry): void {
  const fidelity = FIDELITY[op.fidelity ?? ''];
  if (!fidelity) throw new Error(`sandbox control API ${op.operationId}: unknown x-connectfi-fidelity ${op.fidelity}`);
  op.node.description = [`**${fidelityBadge(op.fidelity!)}**: ${fidelity.line}`, (op.node.description ?? '').trim()].join('\n\n');
  op.node['x-badges'] = [
    { name: 'Sandbox only', color: '#b6e3ff' },
    { name: fidelityBadge(op.fidelity!), color: fidelity.color },
  ];
  op.node['x-codeSamples'] = [
    { lang: 'TypeScript', label: 'TypeScript (@connectfi/client/sandbox)', source: controlSample(op) },
    { lang: 'Shell', label: 'curl', source: curlSample(op) },
  ];
}

/** Adds the control API's tags, tag groups, paths and components to the docs copy `spec`; a name both use must mean the same. */
export function addControlSection(spec: any, controlBundle: any): any {
  const control = structuredClone(controlBundle);
  for (const op of listOperations(control)) annotate(op);
  const clash = (what: string) => new Error(`the sandbox control API and connectFi's API both define ${what}; rename it in openapi/sandbox/`);
  const tags = new Set((spec.tags ?? []).map((t: any) => t.name));
  for (const tag of control.tags ?? []) if (tags.has(tag.name)) throw clash(`the tag "${tag.name}"`);
  spec.tags = [...(spec.tags ?? []), ...(control.tags ?? [])];
  spec['x-tagGroups'] = [...(spec['x-tagGroups'] ?? []), ...(control['x-tagGroups'] ?? [])];
  for (const [path, item] of Object.entries(control.paths ?? {})) {
    if (spec.paths?.[path]) throw clash(`the path ${path}`);
    (spec.paths ??= {})[path] = item;
  }
  for (const [kind, entries] of Object.entries<any>(control.components ?? {})) {
    for (const [key, value] of Object.entries<any>(entries)) {
      const existing = spec.components?.[kind]?.[key];
      if (existing === undefined) ((spec.components ??= {})[kind] ??= {})[key] = value;
      else if (JSON.stringify(existing) !== JSON.stringify(value)) throw clash(`components.${kind}.${key} differently`);
    }
  }
  return spec;
}
