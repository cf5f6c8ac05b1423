// The SQLite writer thread (see sqlite-writer.ts): its own connection to the store's file. The batches that reach it
// while it commits are joined into its next transaction (one fsync for all of them); each batch's outcomes are posted
// back after that commit.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { configure, runBatch, type BatchReply, type WriteStep } from './sqlite-writer.js';

const { file } = workerData as { file: string };
const database = configure(new Database(file), file);
/** The longest a write waits for others to share its commit (see `expected`). */
const MAX_WAIT_MS = 2;

let received: { id: number; writes: WriteStep[][] }[] = [];
let count = 0;
let closing = false;
let scheduled = false;
let timer: NodeJS.Timeout | undefined;
/**
 * How many writes the next commit waits for (up to half the last commit's time, at most MAX_WAIT_MS). When the
 * fsync is slow, concurrent clients otherwise settle into groups that take turns: the group whose commit just ended
 * gets its answers and comes back while the next group commits, so every client waits for two commits. Waiting
 * briefly for the group just answered merges them into one commit. With one client at a time it is 1: no wait.
 */
let expected = 0;
let lastCommitMs = 0;
/** Between a commit and the delivery of the messages that arrived during it. */
let settling = false;

function commit(): void {
  if (!database.open) return;
  scheduled = false;
  clearTimeout(timer);
  timer = undefined;
  const batches = received;
  const committed = count;
  received = [];
  count = 0;
  if (batches.length) {
    const started = performance.now();
    let replies: BatchReply[];
    try {
      const outcomes = runBatch(
        database,
        batches.flatMap((b) => b.writes),
      );
      let at = 0;
      replies = batches.map((b) => ({ id: b.id, outcomes: outcomes.slice(at, (at += b.writes.length)) }));
    } catch (error) {
      const e = error as { code?: string; message?: string };
      replies = batches.map((b) => ({ id: b.id, error: { code: e?.code, message: e?.message ?? String(error) } }));
    }
    lastCommitMs = performance.now() - started;
    for (const reply of replies) parentPort!.postMessage(reply);
    // The writes that arrived during this commit are delivered before this runs; the clients just answered are
    // expected back (together: every client currently writing).
    settling = true;
    setImmediate(() => {
      settling = false;
      expected = committed + count;
      schedule();
    });
  }
  if (closing) {
    database.close();
    parentPort!.close();
  }
}

/** Commits once the expected writes are there (or when closing); otherwise at the end of the wait. */
function schedule(): void {
  if (settling && !closing) return;
  if (closing || count >= expected) {
    if (!scheduled) {
      scheduled = true;
      // Every message already waiting is delivered before this runs: they share one transaction.
      setImmediate(commit);
    }
    return;
  }
  timer ??= setTimeout(commit, Math.min(MAX_WAIT_MS, lastCommitMs / 2));
}

parentPort!.on('message', (message: { id: number; writes: WriteStep[][] } | { close: true }) => {
  if ('close' in message) closing = true;
  else {
    received.push(message);
    count += message.writes.length;
  }
  schedule();
});
