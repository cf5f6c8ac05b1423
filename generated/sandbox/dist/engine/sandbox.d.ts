import { type PipelineTables } from "@connectfi/server";
import type { SandboxModel } from "./model.js";
import type { Store } from "./store.js";
export interface SandboxOptions {
	model: SandboxModel;
	/** The control API's route table (generated into the package's src/control/), served beside the vendor API. */
	controlTables: PipelineTables;
	/** A SQLite file, `:memory:`, or `postgres://...`. */
	db: string;
	port?: number;
	host?: string;
	login: string;
	password: string;
	/** Hosts webhooks may be posted to; undefined: any. */
	webhookHosts?: string[];
	unknownProperties?: "warn" | "reject" | "allow";
	tokenTtlSeconds?: number;
	/** How long close() (SIGTERM) waits for requests in flight and pending webhook attempts (default 10 s). */
	shutdownDeadlineMs?: number;
	/** One JSON line per request and per webhook attempt, without tokens, passwords or account numbers. */
	log?: (line: Record<string, unknown>) => void;
}
export interface RunningSandbox {
	url: string;
	store: Store;
	close(): Promise<void>;
}
export declare function startSandbox(options: SandboxOptions): Promise<RunningSandbox>;
