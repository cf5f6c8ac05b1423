// combineTables: two generated APIs behind one pipeline, refusing a route, operation or validator two tables claim.
import { describe, expect, it } from 'vitest';
import type { PipelineTables } from './pipeline.js';
import type { RouteSpec, Validator } from './route.js';
import { combineTables } from './tables.js';

const route = (operationId: string, path: string): RouteSpec => ({ operationId, method: 'POST', path, secured: true, parameters: [], responses: { 200: { 'application/json': `${operationId}_ok` } } });
const accept: Validator = () => true;
const table = (routes: RouteSpec[], validators: Record<string, Validator>, tokenHeader = 'x-connectfi-token'): PipelineTables => ({ routes, tokenHeader, loadResponseValidators: async () => validators });

describe('combineTables', () => {
  it('serves the routes of both and loads both validator modules once', async () => {
    let loads = 0;
    const a = table([route('achCreate', '/ach/create')], { achCreate_ok: accept });
    const b: PipelineTables = {
      ...table([route('sandboxReset', '/sandbox/reset')], {}),
      loadResponseValidators: async () => {
        loads++;
        return { sandboxReset_ok: accept };
      },
    };
    const combined = combineTables(a, b);
    expect(combined.routes.map((r) => r.operationId)).toEqual(['achCreate', 'sandboxReset']);
    expect(Object.keys(await combined.loadResponseValidators())).toEqual(['achCreate_ok', 'sandboxReset_ok']);
    await combined.loadResponseValidators();
    expect(loads).toBe(1);
  });

  it('refuses a route or an operationId that both define', () => {
    expect(() => combineTables(table([route('a', '/x')], {}), table([route('b', '/x')], {}))).toThrow(/POST \/x/);
    expect(() => combineTables(table([route('a', '/x')], {}), table([route('a', '/y')], {}))).toThrow(/define a/);
  });

  it('refuses different token headers and two validators of one name', async () => {
    expect(() => combineTables(table([], {}), table([], {}, 'x-other'))).toThrow(/different headers/);
    const clash = combineTables(table([], { ok: accept }), table([], { ok: () => false }));
    await expect(clash.loadResponseValidators()).rejects.toThrow(/named ok/);
  });
});
