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
var kit_exports = {};
__export(kit_exports, {
  loadKit: () => loadKit
});
module.exports = __toCommonJS(kit_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
const validators = require("./validators/response.js");
function loadKit() {
  const table = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(__dirname, "..", "contract.json"), "utf8"));
  return { table, validators, bundlePath: (0, import_node_path.join)(__dirname, "..", "..", "openapi.json") };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  loadKit
});
