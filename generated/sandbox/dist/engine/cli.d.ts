import type { PipelineTables } from "@connectfi/server";
import type { SandboxModel } from "./model.js";
/** The spec's own login example: what the docs and samples use. */
export declare const DEFAULT_LOGIN = "CLIENTID_api";
export declare const DEFAULT_PASSWORD = "Sandbox-Passw0rd!";
export declare const USAGE: string;
export declare class UsageError extends Error {}
export declare function parseCli(argv: string[], env: NodeJS.ProcessEnv): {
	help: boolean;
	port: number;
	host: string;
	db: string;
	webhookHosts: string[] | undefined;
	unknownProperties: "warn" | "reject" | "allow";
	login: string;
	password: string;
	tokenTtlSeconds: number;
	log: boolean;
};
export declare function main(model: SandboxModel, controlTables: PipelineTables, argv: string[]): Promise<void>;
