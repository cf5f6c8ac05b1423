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

export function kitSource(banner: string): string {
  return `${banner}/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kit } from './runtime/cli.js';
import type { ContractTable } from './runtime/table.js';
import * as validators from './validators/response.js';

/** The contract table, the response validators and the bundle the mock serves, all shipped in this package. */
export function loadKit(): Kit {
  const table = JSON.parse(readFileSync(new URL('./contract.json', import.meta.url), 'utf8')) as ContractTable;
  return { table, validators, bundlePath: fileURLToPath(new URL('../openapi.json', import.meta.url)) };
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
