// The sandbox control API (openapi/sandbox/, bundled to generated/sandbox-openapi.json): a document of its own, so
// it never enters the run's one `ir`. The groups that generate from it (the sandbox's control tables, the client's
// `sandbox` entry point) read it here, through the same IR builder, once per run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIR } from '../ir/build.ts';
import type { ApiIR } from '../ir/types.ts';

export const CONTROL_BUNDLE = 'generated/sandbox-openapi.json';

/** The key under which a run shares the control API's openapi-typescript types (framework/schema-types.ts). */
export const CONTROL_TYPES_KEY = 'openapi-typescript sandbox-control';

export interface ControlApi {
  spec: any;
  ir: ApiIR;
}

const loaded = new Map<string, { text: string; api: ControlApi }>();

/** The control API's bundle and IR; undefined when the project has no such bundle (a fixture project). */
export function loadControlApi(root: string): ControlApi | undefined {
  const file = join(root, CONTROL_BUNDLE);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const cached = loaded.get(file);
  if (cached?.text === text) return cached.api;
  const spec = JSON.parse(text);
  const api = { spec, ir: buildIR(spec) };
  loaded.set(file, { text, api });
  return api;
}
