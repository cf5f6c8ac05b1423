import { emitAll } from '/work/wt/gen-client/generators/src/framework/run.ts';
import { clientEmitters } from '/work/wt/gen-client/generators/src/emitters/client/index.ts';
const t = performance.now();
const r = await emitAll({ root: '/work/wt/gen-client', groups: [clientEmitters], specPath: process.argv[2] });
console.log(r.files.length, 'files', ((performance.now() - t) / 1000).toFixed(1), 's');
const api = r.files.find((f) => f.path.endsWith('api.md'))!.content; console.log(api.split('\n').filter(l => l.startsWith('| `cfi.')).length, 'method rows');
console.log(api.split('\n').filter(l => /listAll|All\(|batches/.test(l)).join('\n'));
