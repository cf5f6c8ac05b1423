import type { ContractTable } from "./table.js";
import type { Validators } from "./validator.js";
export interface Kit {
	table: ContractTable;
	validators: Validators;
	/** The bundle `mock` serves (shipped in the package). */
	bundlePath: string;
}
export declare const USAGE = "usage:\n  connectfi-contract verify --target <url> (--login <login> --password <password> | --token <token>)\n                            [--only <operationId,...>] [--junit <file>] [--timeout <ms>] [--sandbox]\n  connectfi-contract mock [--port <n>] [--host <host>] [--dynamic]\n\n  The password may come from CONNECTFI_PASSWORD instead of --password. --sandbox: the target is a sandbox, so an\n  example that reproduces a documented sandbox trigger must answer the trigger's outcome.";
export declare function main(kit: Kit, argv: string[]): Promise<number>;
