import { type RequestListener, type Server } from "node:http";
import type { Pipeline } from "./pipeline.js";
export declare function toNodeListener(pipeline: Pipeline): RequestListener;
export interface RunningServer {
	server: Server;
	/** e.g. `http://127.0.0.1:43121` */
	url: string;
	close(): Promise<void>;
}
/** Listens on `port` (0 picks a free one) and resolves once the socket is bound. */
export declare function listen(listener: RequestListener, options?: {
	port?: number;
	host?: string;
}): Promise<RunningServer>;
