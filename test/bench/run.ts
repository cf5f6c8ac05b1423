// `npm run bench`: the generated server stubs and the client facade, measured on loopback. Every figure is the
// median of several runs, each bounded in time and request count; targets are compared, never asserted (the
// machine is shared and the figures are noisy).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';
import { facadeCaller, rawFetchCaller, timePerCall, type Caller } from './client-latency.ts';
import { load, type LoadOptions } from './load.ts';
import { cpuSeconds, freePort, startAnnounced, startOnPort, type Started } from './processes.ts';
import { sandboxBench, type SandboxRow } from './sandbox.ts';
import { sandboxSharedBench } from './sandbox-shared.ts';
import { benchSubject, BENCH_TOKEN } from './subject.ts';
import { measureBuild } from './build.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const GENERATE_RUNS = Number(process.env.BENCH_GENERATE_RUNS ?? 3);
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
/** `npm run bench -- build` measures only the build rows. */
const ONLY_BUILD = process.argv.includes('build');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const subject = benchSubject();
const route = `${subject.op.method.toUpperCase()} ${subject.op.path}`;
const request = (url: string): Omit<LoadOptions, 'seconds'> => ({
  url: `${url}${subject.op.path}`,
  method: subject.op.method.toUpperCase(),
  headers: { 'content-type': 'application/json', 'x-connectfi-token': BENCH_TOKEN },
  body: JSON.stringify(subject.body),
});

const stubs = (validate: boolean) => startAnnounced(bin('tsx'), [join(projectRoot, 'test/bench/serve-stubs.ts'), `--validate=${validate ? 'on' : 'off'}`]);
async function prism(): Promise<Started> {
  const port = await freePort();
  return startOnPort(bin('prism'), ['mock', join(projectRoot, 'generated/openapi.json'), '-p', String(port), '-v', 'warn'], port, '/health');
}

interface Throughput {
  a: number;
  b: number;
  cpuA: number;
  cpuB: number;
  failures: number;
}

/**
 * Interleaved runs of two targets (A, B, A, B, ...) so drifting load from other processes hits both alike. Besides
 * req/s, the server's own CPU time per request: on a crowded machine the load generator competes with the faster
 * server for the same cores, which compresses the req/s ratio but not the CPU cost of a request.
 */
async function compareThroughput(a: Started, b: Started): Promise<Throughput> {
  const rps = { a: [] as number[], b: [] as number[] };
  const cpu = { a: [] as number[], b: [] as number[] };
  let failures = 0;
  for (const target of [a, b]) await load({ ...request(target.url), seconds: 1 });
  for (let run = 0; run < RUNS; run++) {
    for (const [key, target] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const before = cpuSeconds(target.listenerPid);
      const result = await load({ ...request(target.url), seconds: SECONDS });
      cpu[key].push(((cpuSeconds(target.listenerPid) - before) * 1e6) / Math.max(result.total, 1));
      rps[key].push(result.requestsPerSecond);
      failures += result.non2xx + result.errors;
    }
  }
  return { a: median(rps.a), b: median(rps.b), cpuA: median(cpu.a), cpuB: median(cpu.b), failures };
}

async function compareLatency(a: Caller, b: Caller): Promise<{ a: number; b: number }> {
  await timePerCall(a, 200);
  await timePerCall(b, 200);
  const results = { a: [] as number[], b: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    results.a.push(await timePerCall(a, CALLS));
    results.b.push(await timePerCall(b, CALLS));
  }
  return { a: median(results.a), b: median(results.b) };
}

function generateSeconds(): number[] {
  return Array.from({ length: GENERATE_RUNS }, () => {
    const started = performance.now();
    const run = spawnSync('npm', ['run', 'generate'], { cwd: projectRoot, encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) throw new Error(`npm run generate failed:\n${run.stdout}${run.stderr}`);
    return (performance.now() - started) / 1000;
  });
}

/** One line of the table, as the sandbox benches build theirs. */
type Row = SandboxRow;
const rows: Row[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');

function buildRows() {
  const b = measureBuild(BUILD_RUNS);
  const steps = Object.entries(b.steps)
    .map(([step, s]) => `${step} ${fmt(s, 1)}`)
    .join(', ');
  const tools = Object.entries(b.tools)
    .map(([tool, s]) => `${tool} ${fmt(s, 1)}`)
    .join(', ');
  /** A row comparing A with the tools (B); `target` is the ratio A/B must stay at or under. */
  const vsTools = (measure: string, a: number, b: number, target?: number) =>
    rows.push({ measure, a: fmt(a, 1), b: fmt(b, 1), ratio: `${fmt(a / b, 2)}x`, target: target === undefined ? '' : `<= ${fmt(target, 1)}x`, met: target === undefined ? '' : verdict(a / b <= target) });
  vsTools(`5. npm run build --force vs the tools run once each, s (${b.runs} runs; steps: ${steps}; tools: ${tools})`, b.cold, b.toolsTotal, 1);
  vsTools('5c. same runs, CPU seconds of every process (load-independent; the build also generates and compiles five packages)', b.cpu.build, b.cpu.tools);
  vsTools('5b. npm run build, nothing changed (every step skipped) vs the tools, s', b.warm, b.toolsTotal, 1);
  vsTools("5d. npm run build after an edit of one operation's summary (the author's usual build) vs the tools, s", b.edited, b.toolsTotal, 1);
  vsTools('5e. same runs, CPU seconds of every process', b.cpu.edited, b.cpu.tools);
}

function printRows() {
  const header: Row = { measure: 'measure', a: 'A', b: 'B', ratio: 'A/B', target: 'target', met: 'met' };
  const widths = Object.keys(header).map((k) => Math.max(...[header, ...rows].map((r) => r[k as keyof Row].length)));
  const line = (r: Row) =>
    `| ${Object.keys(header)
      .map((k, i) => r[k as keyof Row].padEnd(widths[i]))
      .join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
}

async function main() {
  if (ONLY_BUILD) {
    buildRows();
    return printRows();
  }
  console.log(`Benchmark operation: ${route} (${subject.op.operationId}); ${RUNS} runs of ${SECONDS} s each, 10 connections, loopback; medians.`);
  const withValidation = await stubs(true);
  const withoutValidation = await stubs(false);
  try {
    const mock = await prism();
    try {
      const p = await compareThroughput(withValidation, mock);
      rows.push({ measure: `1. stubs (validation on) vs Prism mock, req/s${p.failures ? `, ${p.failures} non-2xx/errors!` : ''}`, a: fmt(p.a), b: fmt(p.b), ratio: `${fmt(p.a / p.b, 1)}x`, target: '>= 8x', met: verdict(p.a / p.b >= 8) });
      rows.push({ measure: '1b. same runs, server CPU µs per request (ratio B/A)', a: fmt(p.cpuA), b: fmt(p.cpuB), ratio: `${fmt(p.cpuB / p.cpuA, 1)}x`, target: '', met: '' });
    } finally {
      await mock.stop();
    }
    const v = await compareThroughput(withValidation, withoutValidation);
    rows.push({ measure: `2. stubs validation on vs off, req/s${v.failures ? `, ${v.failures} non-2xx/errors!` : ''}`, a: fmt(v.a), b: fmt(v.b), ratio: `${fmt(v.a / v.b, 2)}x`, target: '>= 0.75x', met: verdict(v.a / v.b >= 0.75) });
    rows.push({ measure: '2b. same runs, server CPU µs per request (ratio B/A)', a: fmt(v.cpuA), b: fmt(v.cpuB), ratio: `${fmt(v.cpuB / v.cpuA, 2)}x`, target: '', met: '' });

    let facade: Caller | undefined;
    try {
      facade = facadeCaller(withValidation.url, subject);
    } catch (error) {
      rows.push({ measure: '3. client facade vs raw fetch, µs/call', a: 'n/a', b: 'n/a', ratio: 'n/a', target: '<= 1.15x', met: `not measured: ${(error as Error).message}` });
    }
    if (facade) {
      const c = await compareLatency(facade, rawFetchCaller(withValidation.url, subject));
      rows.push({ measure: `3. client facade vs raw fetch, µs/call (${CALLS} sequential calls)`, a: fmt(c.a), b: fmt(c.b), ratio: `${fmt(c.a / c.b, 2)}x`, target: '<= 1.15x', met: verdict(c.a / c.b <= 1.15) });
    }
  } finally {
    await withValidation.stop();
    await withoutValidation.stop();
  }
  rows.push(...(await sandboxBench()));
  rows.push(...(await sandboxSharedBench()));
  const generate = generateSeconds();
  rows.push({ measure: `4. npm run generate, full bundle (${GENERATE_RUNS} runs: ${generate.map((s) => fmt(s, 1)).join(', ')} s)`, a: `${fmt(median(generate), 1)} s`, b: '', ratio: '', target: '', met: '' });
  buildRows();
  printRows();
}

await main();
