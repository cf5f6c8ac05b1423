// cfi-business-errors lets x-connectfi-errors map only the keywords @connectfi/server can judge: the lint's list
// (plain JS, read by Spectral) and the server runtime's must be the same, or the lint would pass a mapping the
// server silently answers as requestValidateError.
import { describe, expect, it } from 'vitest';
import { JUDGED_KEYWORDS as judgedByServer } from '../../generators/runtime/server/business-rules.ts';
import { JUDGED_KEYWORDS as allowedByLint } from '../../openapi/lint/functions/businessErrors.js';

describe('the business-error keywords', () => {
  it('are the same for the lint rule and the server', () => {
    expect([...allowedByLint].sort()).toEqual([...judgedByServer].sort());
    expect(allowedByLint).toContain('maximum');
  });
});
