// One server from the route table: the pipeline behind both faces, Web `fetch` and node:http.
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
var server_exports = {};
__export(server_exports, {
  createServer: () => createServer
});
module.exports = __toCommonJS(server_exports);
var import_node = require("./node.js");
var import_pipeline = require("./pipeline.js");
var import_web = require("./web.js");
function createServer(tables, options) {
  const pipeline = (0, import_pipeline.createPipeline)(tables, options);
  const nodeListener = (0, import_node.toNodeListener)(pipeline);
  return {
    fetch: (0, import_web.toFetchHandler)(pipeline),
    nodeListener,
    listen: (at) => (0, import_node.listen)(nodeListener, at)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createServer
});
