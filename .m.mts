import { readFileSync } from 'node:fs';
import { buildIR } from './generators/src/ir/build.ts';
import { planServer } from './generators/src/emitters/server/route-plan.ts';
import { createAjv, extensionKeywords } from './generators/src/schema/ajv.ts';
import { validatorModule } from './generators/src/emitters/server/validators.ts';
const spec = JSON.parse(readFileSync('generated/openapi.json', 'utf8'));
const ir = buildIR(spec);
let t = performance.now();
const lap = (l) => { const n = performance.now(); console.log(l, (n - t).toFixed(0)); t = n; };
const plan = planServer(ir, spec); lap('plan');
for (let i = 0; i < 3; i++) { createAjv(spec); lap('createAjv'); }
for (let i = 0; i < 2; i++) { extensionKeywords(spec); lap('extkw'); }
validatorModule(spec, plan.routes.flatMap((r) => [r.validateParameters, r.body?.validate].filter((v) => v !== undefined)), '', 'x', { businessRules: true }); lap('request');
validatorModule(spec, plan.responseValidators, '', 'x'); lap('response');
validatorModule(spec, plan.webhookValidators, '', 'x'); lap('webhooks');
validatorModule(spec, plan.responseValidators, '', 'x'); lap('response again');
