// Worker thread of the bulk ingest (started by ./ingest-pool): read + parse + extract, the
// CPU-bound part, off the main thread, which stores the results in order. No "server-only"
// here: this never runs inside Next, and a worker's import conditions are its parent's.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { prepareFile } from "@/lib/ingest/prepare-file";
import type { PoolReply, PoolTask } from "./ingest-pool";

const { dbFile } = workerData as { dbFile: string };

// A read-only connection for the content-hash check; WAL lets it read while the main thread
// commits. Without a usable database every file is simply extracted (the writer decides).
function openLookup(): (hash: string) => number | undefined {
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 15000");
    const byHash = db.prepare<[string], number>('SELECT id FROM "Article" WHERE "contentHash" = ?').pluck();
    return (hash) => byHash.get(hash);
  } catch {
    return () => undefined;
  }
}

const knownId = openLookup();
const port = parentPort!;
port.on("message", (task: PoolTask) => {
  const reply: PoolReply = { i: task.i, outcome: prepareFile(task.file, knownId) };
  port.postMessage(reply);
});
port.postMessage({ ready: true });
