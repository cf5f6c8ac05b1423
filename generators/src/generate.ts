// `npm run generate`: writes everything the emitter groups produce from generated/openapi.json.
// `npm run generate -- --check`: writes nothing and fails, naming each file, when generated/ differs from that.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { emitterGroups } from './emitters/index.ts';
import { checkGenerated, writeGenerated } from './framework/run.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

try {
  if (process.argv.includes('--check')) {
    const differences = await checkGenerated({ root, groups: emitterGroups });
    if (differences.length) {
      for (const { path, reason } of differences) console.error(`stale: ${path} (${reason})`);
      console.error(`${differences.length} generated file(s) differ from what the generators produce; run npm run generate`);
      process.exit(1);
    }
    console.log(`generated files are fresh (${emitterGroups.map((g) => g.name).join(', ')}; ${seconds()} s)`);
  } else {
    const written = await writeGenerated({ root, groups: emitterGroups });
    console.log(`generated ${emitterGroups.map((g) => g.name).join(', ')}: ${written} file(s) written in ${seconds()} s`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
