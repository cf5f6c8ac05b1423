// connectFi's vendor facts the generated packages build on, each recognised in the bundle once, here: the token
// header (the apiKey security scheme), the login (the `auth` behaviour) and the bill-payment keys (the operation
// answering the schema the client's hand-written key cache parses), the ACH batch file's rules. Emitters and scripts
// read them from the IR.
import { deref } from '../spec/examples.ts';
import type { AchBatchIR, ApiIR, OperationIR } from './types.ts';

/** The schema `readBillKeys` (generators/runtime/client/bill-keys.ts) parses: its operation feeds `cfi.billKeys`. */
export const BILL_KEYS_SCHEMA = 'BillEncryptionKeys';

/** The header name of the bundle's apiKey-in-header scheme; stops the build when an operation needs one and none is. */
export function tokenHeaderOf(spec: any, operations: OperationIR[]): string | undefined {
  const scheme = Object.values<any>(spec.components?.securitySchemes ?? {}).find((s) => s?.type === 'apiKey' && s.in === 'header' && typeof s.name === 'string' && s.name);
  const secured = operations.find((op) => op.security.length);
  if (!scheme && secured) {
    throw new Error(`${secured.operationId} needs a token, but components.securitySchemes has no apiKey scheme "in: header" naming its header`);
  }
  return scheme?.name;
}

export const loginOf = (operations: OperationIR[]) => operations.find((op) => op.behaviour?.kind === 'auth')?.operationId;

export const billKeysOf = (operations: OperationIR[]) => operations.find((op) => op.method === 'get' && op.success?.dataSchemaName === BILL_KEYS_SCHEMA)?.operationId;

/** The token header for an emitter that cannot work without one (every package sends or checks it). */
export function requireTokenHeader(ir: ApiIR, who: string): string {
  if (!ir.tokenHeader) throw new Error(`${who}: the bundle has no apiKey security scheme "in: header", so the token header is unknown; declare one under components.securitySchemes`);
  return ir.tokenHeader;
}

/** The ACH SFTP batch file's components: both present, or the client has no batch helpers. */
export const ACH_BATCH_ROW_SCHEMA = 'AchBatchFileRow';
export const ACH_BATCH_NAME_SCHEMA = 'AchBatchFileName';

/** The batch file's rules, from `AchBatchFileRow` and `AchBatchFileName`; stops on a rule a writer would apply wrongly. */
export function achBatchOf(spec: any): AchBatchIR | undefined {
  const row = spec.components?.schemas?.[ACH_BATCH_ROW_SCHEMA];
  const name = spec.components?.schemas?.[ACH_BATCH_NAME_SCHEMA];
  if (!row || !name) return undefined;
  const columns: unknown = row['x-connectfi-csv-columns'];
  const rest: unknown = row['x-connectfi-csv-rest'];
  const where = `components.schemas.${ACH_BATCH_ROW_SCHEMA}`;
  if (!Array.isArray(columns) || !columns.length || columns.some((c) => typeof c !== 'string' || !row.properties?.[c])) {
    throw new Error(`${where}: x-connectfi-csv-columns must list properties of the row, in file order`);
  }
  if (rest !== undefined && (typeof rest !== 'string' || deref(spec, row.properties?.[rest])?.type !== 'array')) {
    throw new Error(`${where}: x-connectfi-csv-rest must name an array property`);
  }
  if (typeof name.pattern !== 'string') throw new Error(`components.schemas.${ACH_BATCH_NAME_SCHEMA}: needs a pattern (the file-name rule)`);
  return {
    rowSchema: ACH_BATCH_ROW_SCHEMA,
    nameSchema: ACH_BATCH_NAME_SCHEMA,
    columns,
    ...(typeof rest === 'string' ? { rest } : {}),
    namePattern: name.pattern,
  };
}
