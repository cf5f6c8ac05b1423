// The SQLite writer thread (see sqlite-writer.ts): its own connection to the store's file. The batches that reach it
// while it commits are joined into its next transaction (one fsync for all of them); each batch's outcomes are posted
// back after that commit.
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";
import { configure, runBatch } from "./sqlite-writer.js";
const { file } = workerData;
const database = configure(new Database(file), file);
const MAX_WAIT_MS = 2;
let received = [];
let count = 0;
let closing = false;
let scheduled = false;
let timer;
let expected = 0;
let lastCommitMs = 0;
let settling = false;
function commit() {
  if (!database.open) return;
  scheduled = false;
  clearTimeout(timer);
  timer = void 0;
  const batches = received;
  const committed = count;
  received = [];
  count = 0;
  if (batches.length) {
    const started = performance.now();
    let replies;
    try {
      const outcomes = runBatch(
        database,
        batches.flatMap((b) => b.writes)
      );
      let at = 0;
      replies = batches.map((b) => ({ id: b.id, outcomes: outcomes.slice(at, at += b.writes.length) }));
    } catch (error) {
      const e = error;
      replies = batches.map((b) => ({ id: b.id, error: { code: e?.code, message: e?.message ?? String(error) } }));
    }
    lastCommitMs = performance.now() - started;
    for (const reply of replies) parentPort.postMessage(reply);
    settling = true;
    setImmediate(() => {
      settling = false;
      expected = committed + count;
      schedule();
    });
  }
  if (closing) {
    database.close();
    parentPort.close();
  }
}
function schedule() {
  if (settling && !closing) return;
  if (closing || count >= expected) {
    if (!scheduled) {
      scheduled = true;
      setImmediate(commit);
    }
    return;
  }
  timer ??= setTimeout(commit, Math.min(MAX_WAIT_MS, lastCommitMs / 2));
}
parentPort.on("message", (message) => {
  if ("close" in message) closing = true;
  else {
    received.push(message);
    count += message.writes.length;
  }
  schedule();
});
