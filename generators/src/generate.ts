// `npm run generate`: writes everything the emitter groups produce from generated/openapi.json.
// `npm run generate -- --check`: writes nothing and fails, naming each file, when generated/ differs from that.
// `npm run generate -- --cache`: skips each group whose inputs and outputs are unchanged since it last ran
// (framework/cached-run.ts); `--force` with it reruns every group and refreshes the cache.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { emitterGroups } from './emitters/index.ts';
import { generateCached } from './framework/cached-run.ts';
import { checkGenerated, writeGenerated } from './framework/run.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const flag = (name: string) => process.argv.includes(name);

/**
 * `--wait`: `npm run build` starts generation while the bundle is still being made, so that loading TypeScript and
 * the emitters overlaps with it; a `go` line on stdin starts the run, anything else (or stdin's end) stops it.
 */
async function waitForGo(): Promise<boolean> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes('\n')) break;
  }
  return text.trim() === 'go';
}

if (flag('--wait') && !(await waitForGo())) {
  console.log('generate: not started (the bundle failed or was unchanged)');
  process.exit(0);
}

try {
  if (flag('--check')) {
    const differences = await checkGenerated({ root, groups: emitterGroups });
    if (differences.length) {
      for (const { path, reason } of differences) console.error(`stale: ${path} (${reason})`);
      console.error(`${differences.length} generated file(s) differ from what the generators produce; run npm run generate`);
      process.exit(1);
    }
    console.log(`generated files are fresh (${emitterGroups.map((g) => g.name).join(', ')}; ${seconds()} s)`);
  } else if (flag('--cache') || flag('--force')) {
    const { ran, skipped, written } = await generateCached({ root, groups: emitterGroups, force: flag('--force') });
    const unchanged = skipped.length ? `; unchanged inputs, skipped: ${skipped.join(', ')}` : '';
    console.log(`generated ${ran.join(', ') || 'nothing'}: ${written} file(s) written in ${seconds()} s${unchanged}`);
  } else {
    const written = await writeGenerated({ root, groups: emitterGroups });
    console.log(`generated ${emitterGroups.map((g) => g.name).join(', ')}: ${written} file(s) written in ${seconds()} s`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
