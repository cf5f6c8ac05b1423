export { loadKit } from "./kit.js";
export { verify, type VerifyOptions, type VerifyReport } from "./runtime/verify.js";
export { startMock, type MockOptions, type RunningMock } from "./runtime/mock.js";
export { junitXml } from "./runtime/junit.js";
export { operationLines, summaryLine } from "./runtime/report.js";
export type { CheckResult, OperationResult, Verdict } from "./runtime/results.js";
export type { ContractTable, OperationContract, NegativeCase, PositiveCase } from "./runtime/table.js";
