// Group commit for the SQLite store, off the event loop. better-sqlite3 is synchronous: a COMMIT with
// `synchronous=FULL` waits for fsync, and on the main thread that wait stops every other request (profiled: over half
// of the wall time of an ACH create load). So the hot writes (creations, status changes with their webhook outbox
// rows) go to one writer thread with its own connection to the file; while it commits one batch, the main thread
// keeps parsing and validating requests, and what they write forms the next batch: one fsync for all of them. Each
// caller is answered only after the transaction holding its write is committed. `:memory:` cannot be shared between
// connections, so there the same batches run on the main thread's connection.
import { Worker } from "node:worker_threads";
/** A connection with the store's settings: WAL journal (files), `synchronous=FULL`, 5 s busy timeout, statements kept. */
export function configure(database, file) {
	if (file !== ":memory:") database.pragma("journal_mode = WAL");
	database.pragma("synchronous = FULL");
	database.pragma("busy_timeout = 5000");
	// kysely prepares every query anew; better-sqlite3 statements are reusable, and the sandbox's SQL texts are few.
	const prepare = database.prepare.bind(database);
	const statements = new Map();
	database.prepare = ((source) => {
		let statement = statements.get(source);
		if (!statement) {
			if (statements.size >= 1e3) statements.clear();
			statement = prepare(source);
			statements.set(source, statement);
		}
		return statement;
	});
	return database;
}
/**
* One transaction for many writes, each in its own savepoint so that one refused write (a duplicate reference) does
* not undo the others. Throws when the transaction itself fails (then nothing of it is committed).
*/
export function runBatch(database, writes) {
	const outcomes = [];
	database.prepare("begin immediate").run();
	try {
		for (const steps of writes) {
			// A single statement that fails is undone by SQLite alone; a savepoint is needed only to undo earlier steps, or
			// a guarded statement that changed rows it should not have.
			const savepoint = steps.length > 1 || steps[0]?.requireChanges !== undefined;
			if (savepoint) database.prepare("savepoint w").run();
			try {
				let applied = true;
				for (const step of steps) {
					const { changes } = database.prepare(step.sql).run(...step.parameters);
					if (step.requireChanges !== undefined && changes !== step.requireChanges) {
						applied = false;
						break;
					}
				}
				if (savepoint) {
					if (!applied) database.prepare("rollback to w").run();
					database.prepare("release w").run();
				}
				outcomes.push({
					ok: true,
					applied
				});
			} catch (error) {
				if (savepoint) {
					database.prepare("rollback to w").run();
					database.prepare("release w").run();
				}
				const e = error;
				outcomes.push({
					ok: false,
					error: {
						code: e?.code,
						message: e?.message ?? String(error)
					}
				});
			}
		}
		database.prepare("commit").run();
	} catch (error) {
		if (database.inTransaction) database.prepare("rollback").run();
		throw error;
	}
	return outcomes;
}
/** A write refused inside its batch, with the driver's code (`SQLITE_CONSTRAINT_UNIQUE`) for the store to judge. */
export class WriteError extends Error {
	code;
	constructor(code, message) {
		super(message);
		this.code = code;
	}
}
/**
* Queues writes and hands them over in batches: to the writer thread for a file, inline for `:memory:`. A batch is
* sent as soon as the requests read in one turn of the event loop have queued their writes, without waiting for the
* previous batch's commit: the writer thread joins what reached it while it was committing into its next transaction
* (sqlite-writer-worker.ts says why it never waits for more).
*/
export class SqliteWriter {
	runInline;
	queued = [];
	sent = new Map();
	scheduled = false;
	broken;
	nextId = 0;
	worker;
	idle = [];
	/** `runInline` runs a batch on the main thread's connection (for `:memory:`), serialised with its other queries. */
	constructor(file, runInline) {
		this.runInline = runInline;
		if (file === ":memory:") return;
		this.worker = new Worker(new URL("./sqlite-writer-worker.js", import.meta.url), { workerData: { file } });
		this.worker.on("message", (reply) => this.settle(reply));
		this.worker.on("error", (error) => this.fail(error));
		this.worker.on("exit", (code) => this.fail(new Error(`the SQLite writer thread exited (${code})`)));
		// Like an open connection, an idle writer does not keep the process alive; a write in flight does.
		this.worker.unref();
	}
	/** Resolves once the write is committed: true when applied, false when a `requireChanges` step found other rows. */
	write(steps) {
		if (this.broken) return Promise.reject(this.broken);
		return new Promise((resolve, reject) => {
			this.queued.push({
				steps,
				resolve,
				reject
			});
			if (!this.scheduled) {
				this.scheduled = true;
				// Let the requests already read from the sockets add their writes to the same batch.
				setImmediate(() => this.send());
			}
		});
	}
	send() {
		this.scheduled = false;
		if (!this.queued.length || this.broken) return;
		const batch = this.queued.splice(0);
		const id = ++this.nextId;
		this.sent.set(id, batch);
		const writes = batch.map((p) => p.steps);
		if (this.worker) {
			this.worker.ref();
			return void this.worker.postMessage({
				id,
				writes
			});
		}
		this.runInline(writes).then((outcomes) => this.settle({
			id,
			outcomes
		}), (error) => {
			const e = error;
			this.settle({
				id,
				error: {
					code: e?.code,
					message: e?.message ?? String(error)
				}
			});
		});
	}
	settle(reply) {
		const batch = this.sent.get(reply.id) ?? [];
		this.sent.delete(reply.id);
		batch.forEach((pending, i) => {
			const outcome = reply.outcomes?.[i];
			if (!outcome) pending.reject(new WriteError(reply.error?.code, reply.error?.message ?? "the batch was not committed"));
			else if (outcome.ok) pending.resolve(outcome.applied);
			else pending.reject(new WriteError(outcome.error.code, outcome.error.message));
		});
		if (this.sent.size || this.queued.length) return;
		this.worker?.unref();
		for (const done of this.idle.splice(0)) done();
	}
	fail(error) {
		if (this.broken) return;
		this.broken = error;
		for (const batch of this.sent.values()) for (const pending of batch) pending.reject(error);
		for (const pending of this.queued.splice(0)) pending.reject(error);
		this.sent.clear();
		for (const done of this.idle.splice(0)) done();
	}
	/** Waits for the writes already queued, then stops the writer thread (which closes its connection). */
	async close() {
		if (this.sent.size || this.queued.length) await new Promise((resolve) => this.idle.push(resolve));
		if (!this.worker || this.broken) return;
		this.broken = new Error("the store is closed");
		this.worker.ref();
		const exited = new Promise((resolve) => this.worker.once("exit", () => resolve()));
		this.worker.postMessage({ close: true });
		await exited;
	}
}
