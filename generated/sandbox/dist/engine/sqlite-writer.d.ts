import type DatabaseType from "better-sqlite3";
/** One statement of a write, compiled by kysely (`CompiledQuery.sql` and `.parameters`). */
export interface WriteStep {
	sql: string;
	parameters: readonly unknown[];
	/** When the statement changes another number of rows (an update whose status moved meanwhile), the write is undone and reported not applied. */
	requireChanges?: number;
}
export type WriteOutcome = {
	ok: true;
	applied: boolean;
} | {
	ok: false;
	error: {
		code?: string;
		message: string;
	};
};
type Database = DatabaseType.Database;
/** A connection with the store's settings: WAL journal (files), `synchronous=FULL`, 5 s busy timeout, statements kept. */
export declare function configure(database: Database, file: string): Database;
/**
* One transaction for many writes, each in its own savepoint so that one refused write (a duplicate reference) does
* not undo the others. Throws when the transaction itself fails (then nothing of it is committed).
*/
export declare function runBatch(database: Database, writes: WriteStep[][]): WriteOutcome[];
/** A write refused inside its batch, with the driver's code (`SQLITE_CONSTRAINT_UNIQUE`) for the store to judge. */
export declare class WriteError extends Error {
	readonly code: string | undefined;
	constructor(code: string | undefined, message: string);
}
export interface BatchReply {
	id: number;
	outcomes?: WriteOutcome[];
	error?: {
		code?: string;
		message: string;
	};
}
/**
* Queues writes and hands them over in batches: to the writer thread for a file, inline for `:memory:`. A batch is
* sent as soon as the requests read in one turn of the event loop have queued their writes, without waiting for the
* previous batch's commit: the writer thread joins what reached it while it was committing into its next transaction
* (sqlite-writer-worker.ts says why it never waits for more).
*/
export declare class SqliteWriter {
	private readonly runInline;
	private queued;
	private readonly sent;
	private scheduled;
	private broken;
	private nextId;
	private readonly worker;
	private idle;
	/** `runInline` runs a batch on the main thread's connection (for `:memory:`), serialised with its other queries. */
	constructor(file: string, runInline: (writes: WriteStep[][]) => Promise<WriteOutcome[]>);
	/** Resolves once the write is committed: true when applied, false when a `requireChanges` step found other rows. */
	write(steps: WriteStep[]): Promise<boolean>;
	private send;
	private settle;
	private fail;
	/** Waits for the writes already queued, then stops the writer thread (which closes its connection). */
	close(): Promise<void>;
}
export {};
