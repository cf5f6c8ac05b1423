// The SQLite writer thread (see sqlite-writer.ts): its own connection to the store's file. The batches that reach it
// while it commits are joined into its next transaction (one fsync for all of them); each batch's outcomes are posted
// back after that commit.
//
// A commit starts as soon as a batch is here, without waiting for more writers to join it: while it runs, the main
// thread parses the next requests, and they form the next batch. (Waiting up to half a commit's time for the clients
// just answered, tried before, kept both threads half idle, taking turns: bench row 5, about a fifth fewer creations
// per second with 10 clients on this machine's ~0.3 ms fsync.)
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";
import { configure, runBatch } from "./sqlite-writer.js";
const { file } = workerData;
const database = configure(new Database(file), file);
let received = [];
let closing = false;
let scheduled = false;
function commit() {
	scheduled = false;
	if (!database.open) return;
	const batches = received;
	received = [];
	if (batches.length) {
		let replies;
		try {
			const outcomes = runBatch(database, batches.flatMap((b) => b.writes));
			let at = 0;
			replies = batches.map((b) => ({
				id: b.id,
				outcomes: outcomes.slice(at, at += b.writes.length)
			}));
		} catch (error) {
			const e = error;
			replies = batches.map((b) => ({
				id: b.id,
				error: {
					code: e?.code,
					message: e?.message ?? String(error)
				}
			}));
		}
		for (const reply of replies) parentPort.postMessage(reply);
	}
	if (closing) {
		database.close();
		parentPort.close();
	}
}
parentPort.on("message", (message) => {
	if ("close" in message) closing = true;
	else received.push(message);
	if (scheduled) return;
	scheduled = true;
	// Every message already waiting (those that arrived during the last commit) is delivered before this runs: they
	// share one transaction.
	setImmediate(commit);
});
