import { type RunningServer } from "./node.js";
import { type PipelineOptions, type PipelineTables } from "./pipeline.js";
import { type FetchHandler } from "./web.js";
import type { RequestListener } from "node:http";
export interface Server {
	/** The Web-standard handler. */
	fetch: FetchHandler;
	/** The same pipeline as a node:http request listener. */
	nodeListener: RequestListener;
	/** Serves `nodeListener` on `port` (0, the default, picks a free one) of `host` (default 127.0.0.1). */
	listen(options?: {
		port?: number;
		host?: string;
	}): Promise<RunningServer>;
}
export declare function createServer<Principal>(tables: PipelineTables, options: PipelineOptions<Principal>): Server;
