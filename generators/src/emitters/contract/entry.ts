// The package's two entry points: the `connectfi-contract` bin and the programmatic API. Both only wire the
// generated data (contract.json, the response validators, the shipped bundle) to the hand-written runtime.

export function cliSource(banner: string): string {
  return `#!/usr/bin/env node
${banner}/// <reference types="node" />
import { main } from './runtime/cli.js';
import { loadKit } from './kit.js';

process.exit(await main(loadKit(), process.argv.slice(2)));
`;
}

/**
 * src/kit.ts, in the format it is built for. The files it reads sit beside the build (contract.json in dist/, the
 * bundle at the package root), and only the module's own location finds them: `import.meta.url` in ESM,
 * `__dirname` in CommonJS. So the CommonJS twin is transpiled from its own variant of this source (dist/cjs/ is one
 * level deeper); both variants read the same files.
 */
export function kitSource(banner: string, format: 'esm' | 'cjs' = 'esm'): string {
  const here =
    format === 'esm'
      ? {
          locate: `import { fileURLToPath } from 'node:url';`,
          validators: `import * as validators from './validators/response.js';`,
          table: `new URL('./contract.json', import.meta.url)`,
          bundle: `fileURLToPath(new URL('../openapi.json', import.meta.url))`,
        }
      : {
          locate: `import { join } from 'node:path';`,
          // The validators module is CommonJS already: take its exports object as is (no namespace wrapper).
          validators: `import validators = require('./validators/response.js');`,
          table: `join(__dirname, '..', 'contract.json')`,
          bundle: `join(__dirname, '..', '..', 'openapi.json')`,
        };
  return `${banner}/// <reference types="node" />
import { readFileSync } from 'node:fs';
${here.locate}
import type { Kit } from './runtime/cli.js';
import type { ContractTable } from './runtime/table.js';
${here.validators}

/** The contract table, the response validators and the bundle the mock serves, all shipped in this package. */
export function loadKit(): Kit {
  const table = JSON.parse(readFileSync(${here.table}, 'utf8')) as ContractTable;
  return { table, validators, bundlePath: ${here.bundle} };
}
`;
}

export function indexSource(banner: string): string {
  return `${banner}export { loadKit } from './kit.js';
export { verify, type VerifyOptions, type VerifyReport } from './runtime/verify.js';
export { startMock, type MockOptions, type RunningMock } from './runtime/mock.js';
export { junitXml } from './runtime/junit.js';
export { operationLines, summaryLine } from './runtime/report.js';
export type { CheckResult, OperationResult, Verdict } from './runtime/results.js';
export type { ContractTable, OperationContract, NegativeCase, PositiveCase } from './runtime/table.js';
`;
}

export function validatorsDts(banner: string, names: string[]): string {
  return `${banner}import type { Validator } from '../runtime/validator.js';\n${names.map((n) => `export declare const ${n}: Validator;\n`).join('')}`;
}
