// `npm run lint` builds the Spectral Ruleset itself (scripts/lib/lint-ruleset.ts) instead of through the CLI's
// migrate-and-bundle step, to save its CPU. It must be the Ruleset `spectral lint --ruleset` builds: the same rules,
// each with the same severity, enabled flag, `given`, formats, message and functions (by name and options).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/lint-ruleset.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';

const require = createRequire(import.meta.url);
const RULESET = join(projectRoot, 'openapi/lint/ruleset.yaml');

/** What a rule does, in plain data: two Rulesets are the same when these are. */
const view = (ruleset: any) =>
  Object.fromEntries(
    Object.entries<any>(ruleset.rules).map(([name, rule]) => [
      name,
      {
        severity: rule.severity,
        enabled: rule.enabled,
        given: rule.given,
        formats: rule.formats ? [...rule.formats].map((f: any) => f.displayName ?? f.name).sort() : null,
        then: rule.then.map((t: any) => ({ field: t.field, function: t.function?.name, options: t.functionOptions })),
        message: rule.message,
        description: rule.description,
      },
    ]),
  );

it("builds the same Ruleset as the Spectral CLI's own loader", async () => {
  // The CLI's loader (a pinned devDependency's module, as lint-spectral.ts uses its linter).
  const { getRuleset } = require('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset.js');
  const ours = view(await loadRuleset(RULESET));
  const cli = view(await getRuleset(RULESET));
  expect(Object.keys(cli).length).toBeGreaterThan(50);
  expect(ours).toEqual(cli);
}, 60_000);
