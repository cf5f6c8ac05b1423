// Facts lint and the generators both hold, checked to agree through each side's public entry: the HTTP methods an
// operation may use (lint rejects what the IR would drop) and what "at most N decimals" means for an amount.
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, OAS_METHODS } from '../../openapi/lint/functions/walk.js';
import { decimals } from '../../openapi/lint/functions/exampleValues.js';
import { followsIdConvention, suggestId } from '../../openapi/lint/functions/operationConventions.js';
import { actionOf, buildIR } from '../../generators/src/ir/build.ts';
import { createAjv } from '../../generators/src/schema/ajv.ts';

/** A bundle with one operation under every method OpenAPI allows on a path item. */
function everyMethodSpec() {
  const op = (method: string) => ({
    operationId: `pet${method.charAt(0).toUpperCase()}${method.slice(1)}`,
    tags: ['Pets'],
    summary: method,
    responses: { '200': { description: 'ok' } },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'methods', version: '1' },
    tags: [{ name: 'Pets', 'x-connectfi-group': 'pet' }],
    paths: { '/pet': Object.fromEntries(OAS_METHODS.map((m) => [m, op(m)])) },
  };
}

describe('HTTP methods', () => {
  it('lint accepts exactly the methods the IR turns into operations', () => {
    const ir = buildIR(everyMethodSpec());
    const kept = [...new Set(ir.operations.map((o: { method: string }) => o.method))].sort();
    expect(OAS_METHODS).toHaveLength(8);
    expect([...HTTP_METHODS].sort()).toEqual(kept);
  });
});

describe('operationId casing', () => {
  // What the IR needs from an id: stripping the group leaves a camelCase method name, and the id is group + that
  // name with its first letter raised, so the facade method maps back to exactly one operation.
  const irAccepts = (id: string, group: string) => {
    const action = actionOf(id, group);
    return /^[a-z][A-Za-z0-9]*$/.test(action) && `${group}${action.charAt(0).toUpperCase()}${action.slice(1)}` === id;
  };
  it.each([
    ['achCreate', 'ach'],
    ['achListAll', 'ach'],
    ['customerStatus', 'customer'],
    ['ach2Create', 'ach2'],
    ['achCreate2', 'ach'],
    ['achcreate', 'ach'],
    ['ach_create', 'ach'],
    ['ach', 'ach'],
    ['createAch', 'ach'],
    ['achCreate-v2', 'ach'],
    ['AchCreate', 'ach'],
  ])('lint and the IR agree on %s in group %s', (id, group) => {
    expect(followsIdConvention(id, group)).toBe(irAccepts(id, group));
  });

  it('suggests ids that follow the convention', () => {
    for (const [id, group] of [
      ['create_pet', 'pet'],
      ['listAchTransfersNow', 'ach'],
      ['ach', 'ach'],
      ['x-y', 'card'],
    ]) {
      expect(followsIdConvention(suggestId(id, group), group), suggestId(id, group)).toBe(true);
    }
  });
});

describe('x-amountPrecision', () => {
  const ajv = createAjv({ openapi: '3.1.0', components: { schemas: { Amount: { type: 'number', 'x-amountPrecision': 2 } } } });
  const generators = ajv.compile({ type: 'number', 'x-amountPrecision': 2 });
  // Values as YAML gives them to both: decimals in the text, floats that binary cannot hold exactly (0.29, 1.1).
  it.each([0, 1, 7.1, 7.15, 7.155, 0.29, 1.1, 100.01, 100.001, 1234567.89, 0.005, 12.5])('lint and the generators agree on %s', (amount) => {
    expect(decimals(amount) <= 2).toBe(generators(amount));
  });
});
