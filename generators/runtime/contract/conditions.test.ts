// The IR's conditions as the kit evaluates them when it picks and checks the records it builds.
import { describe, expect, it } from 'vitest';
import { describeConditions, expandItems, holds, mergeConditions, readRequest, valueFor } from './conditions.ts';

describe('conditions on record values', () => {
  it('compares numbers as numbers, between lower-exclusive and upper-inclusive, patterns without case', () => {
    expect(holds('15.02', { eq: 15.02 })).toBe(true);
    expect(holds(17, { between: [17, 18] })).toBe(false);
    expect(holds(18, { between: [17, 18] })).toBe(true);
    expect(holds('A', { in: ['A', 'S'] })).toBe(true);
    expect(holds('P.O. Box 1', { pattern: '^\\s*p\\.?\\s*o\\.?\\s*box\\b' })).toBe(true);
    expect(holds(undefined, { exists: false })).toBe(true);
  });

  it('keeps two conditions on one value together rather than letting one replace the other', () => {
    const merged = mergeConditions({ status: { in: ['pending_step_up', 'running'] } }, { status: { ne: 'running' } });
    expect(holds('running', merged.status)).toBe(false);
    expect(holds('pending_step_up', merged.status)).toBe(true);
    expect(valueFor(merged.status)).toBe('pending_step_up');
    expect(describeConditions(merged)).toBe('status in ["pending_step_up","running"] and ne "running"');
  });

  it('reads request values and expands every item of an array path', () => {
    const request = { path: { cardId: 'c1' }, query: {}, body: { documents: [{ documentId: 'a' }, { documentId: 'b' }] } };
    expect(readRequest(request, 'path.cardId')).toBe('c1');
    expect(expandItems(request, 'body.documents[].documentId')).toEqual(['body.documents.0.documentId', 'body.documents.1.documentId']);
    expect(readRequest(request, 'body.documents.1.documentId')).toBe('b');
  });
});
