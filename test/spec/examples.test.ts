// Every example in the bundle validates against its schema with Ajv 2020: docs, mocks and contract tests replay
// these examples, so one that lies would mislead every user downstream.
import { describe, expect, it } from 'vitest';
import { collectExamples } from '../../generators/src/spec/examples.ts';
import { bundleRef, createAjv } from '../../generators/src/schema/ajv.ts';
import { loadBundle } from '../support/bundle.ts';

export function invalidExamples(spec: any): string[] {
  const ajv = createAjv(spec);
  const failures: string[] = [];
  for (const site of collectExamples(spec)) {
    const validate = ajv.getSchema(bundleRef(site.schemaPath)) ?? ajv.compile({ $ref: bundleRef(site.schemaPath) });
    if (!validate(site.value)) {
      const why = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');
      failures.push(`${site.where}: ${why}`);
    }
  }
  return failures;
}

describe('examples in the bundle', () => {
  const spec = loadBundle();

  it('every request, response, webhook, parameter and schema example validates against its schema', () => {
    const count = [...collectExamples(spec)].length;
    expect(count).toBeGreaterThan(0);
    expect(invalidExamples(spec)).toEqual([]);
  });

  it('names the example that does not validate', () => {
    const broken = structuredClone(spec);
    const media = broken.paths['/user/change-password'].post.requestBody.content['application/json'];
    Object.values<any>(media.examples)[0].value.newPassword = 'short';
    expect(invalidExamples(broken)).toEqual([expect.stringContaining('POST /user/change-password request application/json "changePassword": /newPassword must NOT have fewer than 8 characters')]);
  });
});
