// The sandbox data agrees with its own examples: each request trigger's named request example satisfies the
// trigger's conditions on the request, and no earlier trigger catches it first (first match wins). The conditions
// are evaluated here by a reading of openapi/README.md "Conditions" written for this test, not the sandbox's code.
import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generators/src/ir/build.ts';
import type { ConditionIR, MatchIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from '../support/bundle.ts';

function read(value: unknown, path: string[]): unknown[] {
  if (!path.length) return [value];
  const [head, ...rest] = path;
  if (head.endsWith('[]')) {
    const list = (value as any)?.[head.slice(0, -2)];
    return Array.isArray(list) ? list.flatMap((item) => read(item, rest)) : [undefined];
  }
  return read((value as any)?.[head], rest);
}

function holds(value: unknown, condition: ConditionIR): boolean {
  const [op, arg] = Object.entries(condition)[0] as [string, any];
  switch (op) {
    case 'eq':
      return value === arg;
    case 'ne':
      return value !== arg;
    case 'in':
      return arg.includes(value);
    case 'gt':
      return typeof value === 'number' && value > arg;
    case 'gte':
      return typeof value === 'number' && value >= arg;
    case 'lt':
      return typeof value === 'number' && value < arg;
    case 'lte':
      return typeof value === 'number' && value <= arg;
    case 'between':
      return typeof value === 'number' && value > arg[0] && value <= arg[1];
    case 'pattern':
      return typeof value === 'string' && new RegExp(arg, 'i').test(value);
    case 'exists':
      return (value !== undefined && value !== null) === arg;
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

/** True/false for the body conditions; undefined when the match reads anything but the body (records, aliases). */
function bodyMatches(match: MatchIR, body: unknown): boolean | undefined {
  const entries = Object.entries(match);
  if (entries.some(([path]) => !path.startsWith('body.'))) return undefined;
  return entries.every(([path, cond]) => read(body, path.split('.').slice(1)).every((v) => holds(v, cond)));
}

describe('the sandbox triggers and their request examples', () => {
  const ir = buildIR(loadBundle());

  it('each request trigger on the body is reproduced by its example, and caught by no earlier trigger', () => {
    let checked = 0;
    for (const op of ir.operations) {
      const examples = new Map((op.requestBody?.examples ?? []).map((e) => [e.name, e.value]));
      op.triggers.forEach((trigger, i) => {
        if (trigger.on !== 'request' || !trigger.example || !Object.keys(trigger.match).length) return;
        const body = examples.get(trigger.example);
        const own = bodyMatches(trigger.match, body);
        if (own === undefined) return;
        expect(own, `${op.operationId}: example ${trigger.example} does not satisfy "${trigger.when}"`).toBe(true);
        const earlier = op.triggers.slice(0, i).findIndex((t) => t.on === 'request' && bodyMatches(t.match, body) === true);
        expect(earlier, `${op.operationId}: example ${trigger.example} is caught first by trigger ${earlier}`).toBe(-1);
        checked++;
      });
    }
    // the 13 wire triggers of the vendor's sandbox (12.91/12.92 on create too) and the designed ones on the body
    expect(checked).toBeGreaterThanOrEqual(13 + 7);
  });

  it('leaves the ordinary examples to the normal path: a wire of 1.01 to 021000021 matches no trigger', () => {
    const wire = ir.operations.find((o) => o.operationId === 'wireCreate')!;
    const send = wire.requestBody!.examples.find((e) => e.name === 'send')!.value;
    expect(wire.triggers.filter((t) => bodyMatches(t.match, send) === true)).toEqual([]);
  });

  it('moves 12.91 and 12.92 wires, once Initiated, to Complete and Declined when queried', () => {
    const query = ir.operations.find((o) => o.operationId === 'wireQuery')!;
    const record = (amount: number, status: string) => ({ amount, status });
    const outcome = (r: Record<string, unknown>) => query.triggers.find((t) => Object.entries(t.match).every(([p, c]) => holds(r[p.split('.')[1]], c)))?.outcome;
    expect(outcome(record(12.91, 'Initiated'))).toEqual({ transition: 'Complete' });
    expect(outcome(record(12.92, 'Initiated'))).toEqual({ transition: 'Declined' });
    expect(outcome(record(12.91, 'Complete'))).toBeUndefined();
    expect(outcome(record(1.01, 'Initiated'))).toBeUndefined();
  });
});
