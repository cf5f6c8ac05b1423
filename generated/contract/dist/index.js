import { loadKit } from "./kit.js";
import { verify } from "./runtime/verify.js";
import { startMock } from "./runtime/mock.js";
import { junitXml } from "./runtime/junit.js";
import { operationLines, summaryLine } from "./runtime/report.js";
export {
  junitXml,
  loadKit,
  operationLines,
  startMock,
  summaryLine,
  verify
};
