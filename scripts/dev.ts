// `npm run dev`: the author's loop. Watches openapi/, docs/ and generators/, shows each change in the served docs
// within moments (live reload), re-lints, re-bundles, restarts the mock and regenerates in the background.
// Problems go to this terminal and to an overlay on the page; the loop keeps running. See scripts/lib/dev/loop.ts.
import { DevLoop } from './lib/dev/loop.ts';
import { parseDevOptions } from './lib/dev/options.ts';

let loop: DevLoop;
try {
  loop = new DevLoop(parseDevOptions(process.argv.slice(2)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
await loop.start();

async function shutdown() {
  await loop.stop();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
