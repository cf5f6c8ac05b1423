// `npm run build`: lint, bundle, generate and docs, with the independent steps side by side:
//
//   lint (npm run lint: layout, Spectral, redocly lint) ──────────────────────────────┐
//   generate: loads TypeScript and the emitters, waits ┐                             │
//   bundle (in process) ── JSON written ───────────────┴ go: emit, one compile ───────┼─ exit 1 if any step failed
//                          └ YAML ── docs (redocly build-docs, niced) ────────────────┘
//
// Lint (Spectral) is the longest chain and starts first; bundle -> generate runs beside it, and the docs renderer,
// niced, on the CPU they leave.
// Lint still gates: when it fails the build fails, though the other steps have refreshed their outputs. A step whose
// inputs' content hash is unchanged since it last succeeded (and whose outputs are untouched) is skipped; `--force`
// runs everything. Each step's time is printed; `npm run bench` compares the total with the tools run alone.
import { runBuildSteps } from './lib/build/steps.ts';

const force = process.argv.includes('--force');
const started = performance.now();
const { failed, timings } = await runBuildSteps({ force });
const total = (performance.now() - started) / 1000;
console.log(`\nbuild ${failed.length ? `FAILED (${failed.join(', ')})` : 'ok'} in ${total.toFixed(1)} s: ${timings.map((t) => `${t.step} ${t.skipped ? 'skipped (unchanged)' : `${t.seconds.toFixed(1)} s`}`).join(', ')}`);
process.exit(failed.length ? 1 : 0);
