var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  junitXml: () => import_junit.junitXml,
  loadKit: () => import_kit.loadKit,
  operationLines: () => import_report.operationLines,
  startMock: () => import_mock.startMock,
  summaryLine: () => import_report.summaryLine,
  verify: () => import_verify.verify
});
module.exports = __toCommonJS(src_exports);
var import_kit = require("./kit.js");
var import_verify = require("./runtime/verify.js");
var import_mock = require("./runtime/mock.js");
var import_junit = require("./runtime/junit.js");
var import_report = require("./runtime/report.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  junitXml,
  loadKit,
  operationLines,
  startMock,
  summaryLine,
  verify
});
