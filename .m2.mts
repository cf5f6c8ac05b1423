import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from './generators/src/schema/ajv.ts';
const spec = JSON.parse(readFileSync('generated/openapi.json', 'utf8'));
let t = performance.now();
const lap = (l) => { const n = performance.now(); console.log(l, (n - t).toFixed(0)); t = n; };
for (let i = 0; i < 4; i++) { createAjv(spec); lap('createAjv'); }
for (let i = 0; i < 3; i++) { const a = new Ajv2020({ allErrors: true, strict: true, strictTypes: false }); lap('new'); a.validateSchema({ ...spec, $id: 'x' + i }); lap('validateSchema'); }
