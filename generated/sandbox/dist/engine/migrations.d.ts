import { type Kysely } from "kysely";
export interface Migration {
	version: number;
	name: string;
	up(db: Kysely<any>): Promise<void>;
}
export declare const migrations: Migration[];
/** Creates the bookkeeping table and applies what is missing; returns the version reached. Runs inside the store's locked transaction. */
export declare function applyMigrations(db: Kysely<any>): Promise<number>;
export declare function currentVersion(db: Kysely<any>): Promise<number>;
