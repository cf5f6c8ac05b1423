// `npm run lint [root]`: layout rules, Spectral (our ruleset + spectral:oas + OWASP) and redocly lint.
// Every finding names the file and the rule; warnings fail too, because main stays at zero of both.
import { resolve } from 'node:path';
import { lintSpec } from './lib/lint-spec.ts';
import { projectRoot } from './lib/paths.ts';

const { ok, output } = await lintSpec(resolve(process.argv[2] ?? resolve(projectRoot, 'openapi/openapi.yaml')));
console.log(output);
process.exit(ok ? 0 : 1);
