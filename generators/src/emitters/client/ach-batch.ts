// src/ach-batch.ts: ACH SFTP batch files, bound to the bundle's `AchBatchFileRow` (column order in
// `x-connectfi-csv-columns`, addenda in `x-connectfi-csv-rest`) and `AchBatchFileName` (the file-name rule), with
// a standalone validator of the row. Absent components mean no module: the package then has no batch helpers.
import type { GeneratedFile } from '../../framework/emitter.ts';
import type { ApiIR } from '../../ir/types.ts';
import { clientSrc, GENERATED_BANNER } from './paths.ts';
import { standaloneModule } from './standalone.ts';

/** `spec` is the bundle `ir` was built from: the Ajv adapter compiles the row's standalone validator from it. */
export function emitAchBatch(ir: ApiIR, spec: any): GeneratedFile[] {
  if (!ir.achBatch) return [];
  const { columns, rest, namePattern: pattern, rowSchema } = ir.achBatch;
  const module = `${GENERATED_BANNER}import type { components } from './schema.js';
import { achBatchFileRow } from './ach-batch-validator.js';
import * as batch from './runtime/ach-batch.js';
import type { StandaloneValidator } from './runtime/webhooks.js';

export { AchBatchFileError, type AchBatchIssue } from './runtime/ach-batch.js';

/** One line of an ACH batch file, as the bundle's ${rowSchema} describes it. */
export type AchBatchFileRow = components['schemas']['${rowSchema}'];

/** A row to write: text columns may also be given as numbers (an amount of 12.5 is written \`12.5\`). */
export type AchBatchRowInput = { [K in keyof AchBatchFileRow]: AchBatchFileRow[K] extends string | undefined ? AchBatchFileRow[K] | number : AchBatchFileRow[K] };

export const achBatchFormat: batch.AchBatchFormat = {
  columns: ${JSON.stringify(columns)},
  restKey: ${JSON.stringify(rest)},
  fileNamePattern: new RegExp(${JSON.stringify(pattern)}, 'u'),
  validateRow: achBatchFileRow as StandaloneValidator,
};

/**
 * The file name (\`YYYY_MM_DD_#.csv\`) and content of a batch file; throws AchBatchFileError listing every bad row
 * and column before writing anything.
 *
 * @example
 * \`\`\`ts
 * const { fileName, content } = buildAchBatchFile(rows, '2023-06-28', 1);
 * \`\`\`
 */
export function buildAchBatchFile(rows: AchBatchRowInput[], date: Date | string, sequence: string | number): { fileName: string; content: string } {
  return batch.buildAchBatchFile(achBatchFormat, rows as Record<string, unknown>[], date, sequence);
}

/** Every problem of a batch file (and of its name, when given), each with its line and column; empty when valid. */
export function validateAchBatchFile(content: string, fileName?: string): batch.AchBatchIssue[] {
  return batch.validateAchBatchFile(achBatchFormat, content, fileName);
}
`;
  return [standaloneModule(clientSrc('ach-batch-validator.ts'), spec, { achBatchFileRow: ['components', 'schemas', rowSchema] }), { path: clientSrc('ach-batch.ts'), content: module }];
}
