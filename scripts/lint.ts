// `npm run lint [root]`: layout rules, Spectral (our ruleset + spectral:oas + OWASP) and redocly lint, by the same
// rules for connectFi's API and the sandbox control API (both when no root is named).
// Every finding names the file and the rule; warnings fail too, because main stays at zero of both.
import { resolve } from 'node:path';
import { lintSpec } from './lib/lint-spec.ts';
import { projectRoot, sandboxSpecRoot, specRoot } from './lib/paths.ts';

const roots = process.argv[2] ? [resolve(process.argv[2])] : [specRoot, sandboxSpecRoot];
let ok = true;
for (const root of roots) {
  const result = await lintSpec(root);
  if (roots.length > 1) console.log(`== ${root.slice(projectRoot.length + 1)}`);
  console.log(result.output);
  ok &&= result.ok;
}
process.exit(ok ? 0 : 1);
