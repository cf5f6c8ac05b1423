// One server from the route table: the pipeline behind both faces, Web `fetch` and node:http.
import { listen, toNodeListener } from "./node.js";
import { createPipeline } from "./pipeline.js";
import { toFetchHandler } from "./web.js";
export function createServer(tables, options) {
	const pipeline = createPipeline(tables, options);
	const nodeListener = toNodeListener(pipeline);
	return {
		fetch: toFetchHandler(pipeline),
		nodeListener,
		listen: (at) => listen(nodeListener, at)
	};
}
