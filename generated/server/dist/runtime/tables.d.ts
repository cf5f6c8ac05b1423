import type { PipelineTables } from "./pipeline.js";
export declare function combineTables(first: PipelineTables, ...others: PipelineTables[]): PipelineTables;
