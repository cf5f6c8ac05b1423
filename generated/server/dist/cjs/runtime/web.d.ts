import type { Pipeline } from "./pipeline.js";
export type FetchHandler = (request: Request) => Promise<Response>;
export declare function toFetchHandler(pipeline: Pipeline): FetchHandler;
