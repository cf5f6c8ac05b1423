// A deprecated operation must lead somewhere: the client marks it @deprecated and points at its replacement, and the
// docs link to it. A replacement that is missing, or itself deprecated, would send integrators into a dead end.
import { describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.ts';
import { loadBundle } from '../support/bundle.ts';

interface Operation {
  where: string;
  route: string;
  op: any;
}

const operations = (spec: any): Operation[] => listOperations(spec).map((e) => ({ where: `${e.method.toUpperCase()} ${e.path}`, route: e.path, op: e.node }));

/** Every way the bundle breaks the deprecation contract, one line each; empty when it holds. */
export function deprecationProblems(spec: any): string[] {
  const ops = [...operations(spec)];
  const byId = new Map(ops.map((o) => [o.op.operationId, o]));
  const problems: string[] = [];
  for (const { where, route, op } of ops) {
    const isCondor = route.startsWith('/condor/');
    if (isCondor && op.deprecated !== true) problems.push(`${where}: a /condor operation must be deprecated`);
    if (op.deprecated !== true) continue;
    const replacedBy = op['x-connectfi-replaced-by'];
    if (typeof replacedBy !== 'string') {
      problems.push(`${where}: a deprecated operation must name its replacement in x-connectfi-replaced-by`);
      continue;
    }
    const target = byId.get(replacedBy);
    if (!target) {
      problems.push(`${where}: x-connectfi-replaced-by "${replacedBy}" names no operation in the bundle`);
      continue;
    }
    if (target.op.deprecated === true) problems.push(`${where}: its replacement ${replacedBy} is itself deprecated`);
    if (isCondor && !target.route.startsWith('/ibis/')) problems.push(`${where}: its replacement ${replacedBy} is not an /ibis operation`);
  }
  return problems;
}

describe('deprecated operations', () => {
  const spec = loadBundle();
  const condor = [...operations(spec)].filter((o) => o.route.startsWith('/condor/'));
  const item = (s: any, route: string) => s.paths[route].post ?? s.paths[route].get;

  it('every /condor operation is deprecated and every deprecated operation names a live replacement', () => {
    expect(condor.length).toBe(15);
    expect(deprecationProblems(spec)).toEqual([]);
  });

  it('fails a /condor operation that is not deprecated', () => {
    const broken = structuredClone(spec);
    delete item(broken, '/condor/card/activate').deprecated;
    expect(deprecationProblems(broken)).toEqual(['POST /condor/card/activate: a /condor operation must be deprecated']);
  });

  it('fails a replacement that does not exist', () => {
    const broken = structuredClone(spec);
    item(broken, '/condor/card/set-pin')['x-connectfi-replaced-by'] = 'ibisCardSetPinV2';
    expect(deprecationProblems(broken)).toEqual(['POST /condor/card/set-pin: x-connectfi-replaced-by "ibisCardSetPinV2" names no operation in the bundle']);
  });

  it('fails a deprecated operation without a replacement, outside /condor too', () => {
    const broken = structuredClone(spec);
    delete item(broken, '/card/list/{customerId}')['x-connectfi-replaced-by'];
    expect(deprecationProblems(broken)).toEqual(['GET /card/list/{customerId}: a deprecated operation must name its replacement in x-connectfi-replaced-by']);
  });

  it('fails a replacement that is itself deprecated', () => {
    const broken = structuredClone(spec);
    item(broken, '/account/list/{customerId}')['x-connectfi-replaced-by'] = 'customerLookupCardList';
    expect(deprecationProblems(broken)).toEqual(['GET /account/list/{customerId}: its replacement customerLookupCardList is itself deprecated']);
  });

  it('fails a /condor operation replaced by something other than /ibis', () => {
    const broken = structuredClone(spec);
    item(broken, '/condor/financial/p2p')['x-connectfi-replaced-by'] = 'authGetToken';
    expect(deprecationProblems(broken)).toEqual(['POST /condor/financial/p2p: its replacement authGetToken is not an /ibis operation']);
  });

  it('fails when the replacement is deprecated later, naming every operation that pointed to it', () => {
    const broken = structuredClone(spec);
    item(broken, '/ibis/card/list').deprecated = true;
    item(broken, '/ibis/card/list')['x-connectfi-replaced-by'] = 'ibisCardStatus';
    expect(deprecationProblems(broken)).toEqual(['GET /card/list/{customerId}: its replacement ibisCardList is itself deprecated', 'GET /account/list/{customerId}: its replacement ibisCardList is itself deprecated']);
  });
});
