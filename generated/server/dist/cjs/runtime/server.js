"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createServer = createServer;
// One server from the route table: the pipeline behind both faces, Web `fetch` and node:http.
const node_js_1 = require("./node.js");
const pipeline_js_1 = require("./pipeline.js");
const web_js_1 = require("./web.js");
function createServer(tables, options) {
    const pipeline = (0, pipeline_js_1.createPipeline)(tables, options);
    const nodeListener = (0, node_js_1.toNodeListener)(pipeline);
    return { fetch: (0, web_js_1.toFetchHandler)(pipeline), nodeListener, listen: (at) => (0, node_js_1.listen)(nodeListener, at) };
}
