// `npm run dev` as an author uses it, on a temporary copy of openapi/ and docs/ (the real files are never edited):
// an edited summary reaches the served page (and a reload event is sent), a YAML syntax error appears on the page
// with its file and line, and fixing it brings the page back. The built artifact never carries the live-reload script.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'cfi-dev-test-'));
let child: ChildProcess;
let output = '';
let docsUrl = '';
let mockUrl = '';

/** The first path file with a one-line summary: the edit an author makes most often. */
function pickOperation(): { file: string; summary: string } {
  const dir = join(work, 'openapi', 'paths');
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const file = join(dir, name);
    const summary = /^ {2}summary: ([A-Za-z][^\n'"#:]+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (summary) return { file, summary };
  }
  throw new Error('no operation with a plain summary in openapi/paths');
}

const page = async () => (await fetch(docsUrl)).text();
const problemsOn = (html: string) => JSON.parse(/window\.__connectfiDevProblems=(\[.*?\]);/s.exec(html)![1]) as { source: string; text: string }[];

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; npm run dev printed:\n${output}`);
}

/** The next event named `name` on the page's live-reload stream. */
async function nextEvent(name: string): Promise<() => Promise<void>> {
  const controller = new AbortController();
  const res = await fetch(new URL('/__dev/events', docsUrl), { signal: controller.signal });
  const reader = res.body!.getReader();
  let text = '';
  const seen = (async () => {
    while (!text.includes(`event: ${name}\n`)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the event stream ended before a ${name} event`);
      text += Buffer.from(value).toString('utf8');
    }
  })();
  return async () => {
    try {
      await until(`a ${name} event`, async () => (text.includes(`event: ${name}\n`) ? true : undefined));
    } finally {
      controller.abort();
      await seen.catch(() => undefined);
    }
  };
}

beforeAll(async () => {
  cpSync(join(projectRoot, 'openapi'), join(work, 'openapi'), { recursive: true });
  cpSync(join(projectRoot, 'docs'), join(work, 'docs'), { recursive: true });
  const args = ['run', 'dev', '--', '--spec', join(work, 'openapi/openapi.yaml'), '--docs', join(work, 'docs'), '--out', join(work, 'out'), '--no-lint'];
  child = spawn('npm', args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await until(
    'npm run dev to start',
    async () => {
      if (child.exitCode !== null) throw new Error(`npm run dev exited (${child.exitCode}):\n${output}`);
      return /watching .*Ctrl\+C stops/.test(output) ? true : undefined;
    },
    90_000,
  );
  docsUrl = /^docs (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output)![1];
  mockUrl = /^mock (http:\/\/127\.0\.0\.1:\d+)/m.exec(output)![1];
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    // Ended by the signal (signalCode set, exitCode null) or by itself: its group is gone, and a kill would throw ESRCH.
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
  rmSync(work, { recursive: true, force: true });
});

it('serves the docs with the live-reload script, and the mock, on the printed URLs', async () => {
  const html = await page();
  expect(html).toContain('<title>connectFi API reference</title>');
  expect(html).toContain('id="connectfi-dev"');
  expect(problemsOn(html)).toEqual([]);
  const built = readFileSync(join(work, 'out/docs/index.html'), 'utf8');
  expect(built).not.toContain('connectfi-dev');
  expect(existsSync(join(work, 'out/openapi.json'))).toBe(true);
  expect((await fetch(`${mockUrl}/health`)).status).toBe(200);
});

it('shows an edited summary in the served page and reloads it; the full build follows', async () => {
  const { file, summary } = pickOperation();
  const edited = `${summary} edited ${Date.now()}`;
  expect(await page()).not.toContain(edited);
  const reloaded = await nextEvent('reload');
  const started = performance.now();
  writeFileSync(file, readFileSync(file, 'utf8').replace(`summary: ${summary}`, `summary: ${edited}`));
  await until('the edited summary on the served page', async () => ((await page()).includes(JSON.stringify(edited)) ? true : undefined));
  console.log(`edited summary served after ${Math.round(performance.now() - started)} ms`);
  await reloaded();
  await until('the edited summary in the built docs and bundle', async () =>
    readFileSync(join(work, 'out/docs/index.html'), 'utf8').includes(JSON.stringify(edited)) && readFileSync(join(work, 'out/openapi.json'), 'utf8').includes(edited) ? true : undefined,
  );
  // Once at start, once for the edit.
  await until('the mock restarted on the new bundle', async () => ((output.match(/mock restarted on the new bundle/g)?.length ?? 0) >= 2 ? true : undefined));
  expect((await fetch(`${mockUrl}/health`)).status).toBe(200);
}, 90_000);

it('shows a YAML syntax error on the page with its file and line, once, and recovers when it is fixed', async () => {
  const { file, summary } = pickOperation();
  const good = readFileSync(file, 'utf8');
  const lines = good.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  summary: '));
  writeFileSync(file, [...lines.slice(0, at + 1), '  oops: [unclosed', ...lines.slice(at + 1)].join('\n'));
  const problems = await until('the YAML error on the page', async () => {
    const shown = problemsOn(await page());
    return shown.length ? shown : undefined;
  });
  const relativeFile = file.slice(join(work, 'openapi').length + 1);
  expect(problems).toHaveLength(1);
  expect(problems[0].source).toBe('bundle');
  // The parser stops on the inserted line or the one after it.
  expect(problems[0].text).toMatch(new RegExp(`${relativeFile.replace(/[.{}]/g, '\\$&')}:(${at + 2}|${at + 3}):\\d+: Failed to parse`));
  expect(output).toContain(relativeFile);
  expect((await fetch(`${mockUrl}/health`)).status).toBe(200);

  const fixed = `${summary} fixed ${Date.now()}`;
  writeFileSync(file, good.replace(/^ {2}summary: .*$/m, `  summary: ${fixed}`));
  await until('the page to recover', async () => {
    const html = await page();
    return html.includes(JSON.stringify(fixed)) && problemsOn(html).length === 0 ? true : undefined;
  });
  expect(child.exitCode).toBeNull();
}, 90_000);
