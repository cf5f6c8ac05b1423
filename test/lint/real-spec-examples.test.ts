// Examples under schemas that Spectral's resolver leaves out of its inventory are checked too. On the real spec its
// inventory lacks components/schemas/common/ValidationErrorItem.yaml, which sits under every `requestValidateError`
// response; cfi-example-values then could not compile those schemas and skipped ~200 examples without a word
// (openapi/lint/functions/resolve.js now reads such a file from disk). Proven on a copy of the real spec with one
// error example broken, through `npm run lint`'s script.
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { lineOf, lint, Mutations } from './support/lint-run.ts';

const mutations = new Mutations(join(projectRoot, 'openapi'));
afterAll(() => mutations.cleanup());

it('reports a broken validation-error item in an error example of the real spec, at its line', async () => {
  const file = 'components/examples/condor/CondorCardIdMissingError.yaml';
  const { root, file: path, text } = mutations.make(file, (t) => t.replace('keyword: required', 'keyword: 42'));
  const run = await lint(root);
  const found = run.findings.filter((f) => f.rule === 'cfi-example-values' && f.file === path);
  expect(run.code).toBe(1);
  expect(found.map((f) => [f.line, f.message])).toContainEqual([lineOf(text, 'keyword: 42'), expect.stringMatching(/\/context\/0\/keyword 42 must be string — openapi\/README\.md#examples$/)]);
}, 120_000);
