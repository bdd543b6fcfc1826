import "server-only";
import type { Worker } from "node:worker_threads";
import { prepareFile, type PrepareOutcome } from "@/lib/ingest/prepare-file";
import { startTsWorker } from "./ts-worker";

// Runs prepareFile (read + parse + extract) over many files on worker threads and hands the
// outcomes back in file order, so the caller stores them one by one through the usual write
// path: the store order, progress and report are those of a single-threaded run.

export interface PoolTask { i: number; file: string }
export interface PoolReply { i: number; outcome: PrepareOutcome }

// Each worker holds a long queue of tasks: the main thread stores a batch of articles in one
// synchronous transaction (2,000 articles, about two seconds) and cannot hand out work meanwhile.
// With 4 queued tasks the workers idled through every commit (ingest 275 → 329 articles/s when
// raised to 128); with 128 they still ran dry a fifth of a second into a two-second commit
// (10,000 articles: 19.2 s at 128, 17.0 s at 1,024). No task is handed out more than AHEAD
// places past the next one to store, which bounds the reorder buffer (about 15 KB per prepared
// article, ~60 MB) when one article takes long.
const PER_WORKER = 1024;
const AHEAD = 4096;

// Starts `size` workers; rejects (after stopping any that started) if one cannot boot, so
// the caller can fall back to preparing files on the main thread.
export async function startPreparePool(size: number, dbFile: string): Promise<Worker[]> {
  const started = await Promise.allSettled(Array.from({ length: size }, () => startTsWorker("lib/db/ingest-worker.ts", { dbFile })));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.terminate() : undefined)));
    throw failed.reason;
  }
  return started.map((s) => (s as PromiseFulfilledResult<Worker>).value);
}

// Yields [file, outcome] in the order of `files`. Until the workers are up (a second or two
// on a busy machine) this thread prepares files itself, so the start costs no time and a
// re-run of known files may finish before they are. A worker that dies takes no file down
// with it: its unfinished files are prepared here, as are all files if no worker is left or
// none could start. The workers are stopped when the caller finishes or stops iterating.
export async function* prepareInOrder(
  pool: Promise<Worker[]>, files: string[], knownId: (hash: string) => number | undefined, onPoolError?: (error: unknown) => void,
): AsyncGenerator<[string, PrepareOutcome]> {
  const finished = new Map<number, PrepareOutcome>();
  const held = new Map<Worker, Set<number>>();
  let pending = true;
  let closed = false;
  let dispatched = 0;
  let emitted = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  const feed = (worker: Worker) => {
    const mine = held.get(worker);
    while (mine && mine.size < PER_WORKER && dispatched < files.length && dispatched < emitted + AHEAD) {
      mine.add(dispatched);
      worker.postMessage({ i: dispatched, file: files[dispatched] } satisfies PoolTask);
      dispatched++;
    }
  };
  const lose = (worker: Worker) => {
    const mine = held.get(worker);
    if (!mine) return;
    held.delete(worker);
    for (const i of mine) finished.set(i, prepareFile(files[i], knownId));
    void worker.terminate();
    signal();
  };
  const attach = (worker: Worker) => {
    held.set(worker, new Set());
    worker.on("message", (reply: PoolReply) => {
      held.get(worker)?.delete(reply.i);
      finished.set(reply.i, reply.outcome);
      feed(worker);
      signal();
    });
    worker.on("error", () => lose(worker));
    worker.on("exit", () => lose(worker));
    feed(worker);
  };
  pool.then(
    (workers) => {
      pending = false;
      if (closed) return void Promise.all(workers.map((w) => w.terminate()));
      workers.forEach(attach);
      signal();
    },
    (error) => {
      pending = false;
      if (!closed) onPoolError?.(error);
    },
  );
  try {
    while (emitted < files.length) {
      if (!finished.has(emitted) && held.size === 0 && emitted >= dispatched) {
        finished.set(emitted, prepareFile(files[emitted], knownId));
        dispatched = emitted + 1;
        // Let the workers' start messages in between files while they boot.
        if (pending) await new Promise((resolve) => setImmediate(resolve));
      }
      const outcome = finished.get(emitted);
      if (outcome) {
        finished.delete(emitted);
        yield [files[emitted], outcome];
        emitted++;
        for (const worker of held.keys()) feed(worker);
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closed = true;
    const all = [...held.keys()];
    held.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
