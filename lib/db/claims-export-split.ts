import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { exportBase } from "@/lib/export/claim-export-row";
import { csvExportStream, type ChunkTail } from "@/lib/export/claims-stream";
import { csvChunks } from "@/lib/export/csv-line";
import { EXPORT_CHUNK_CHARS } from "@/lib/export/export-limits";
import { buildCsvExportSql, countExportRows, countForExport, iterateCsvExportRows, openExportReader } from "./claims-export-sql";
import { csvNames } from "./export-names";
import { resolveDatabaseFile } from "./client";
import type { ExportWorkerReply, ExportWorkerRequest } from "./export-worker";
import { startTsWorker } from "./ts-worker";

// A large CSV export runs on two threads: the request's thread streams the first half of the
// rows while a worker formats the second half into a temporary file, sent once the first half
// is out. Stepping the statement is most of an export's cost (5-6 µs of a row's ~10 at a
// million rows, and no cheaper in another query shape), so one thread tops out near 100k
// rows/s on this hardware; two halves in parallel roughly double it. Both threads read one
// snapshot, so the body is exactly what one transaction would have read (see openCsvExport).
export const SPLIT_MIN_ROWS = 200_000;
// The request's thread's share of a split export's rows (it also sends the worker's).
const HEAD_SHARE = 0.5;
// The worker streams rows through 256 KB chunks; bounding its heap keeps the export's resident memory
// well under 300 MB at a million rows (a worker over it dies, and this thread formats its rows).
// (a young generation of 16 MB rather than 8: about 3% less of the worker's CPU time per million
// rows, measured per thread; the export's peak RSS was 256-295 MB in session 6's runs against 273 MB
// with 8, so under 300 MB but with less room: 8 is the choice if memory matters more)
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };
// How long a split export waits for the write lock before it runs on one thread instead.
const LOCK_WAIT_MS = 5_000;

// threads: 2 when the export was split; workerDone: whether the worker formatted the second half
// (false when it fell back to this thread), known once it has
export interface CsvExport { total: number; exported: number; threads: 1 | 2; workerDone: Promise<boolean>; body: ReadableStream<Uint8Array> }

function serial(reader: Database.Database, filters: ClaimFilters, limit: number, origin: string): CsvExport {
  try {
    const total = countForExport(reader, filters, limit);
    const rows = iterateCsvExportRows(reader, filters, limit);
    const close = () => {
      rows.return?.();
      if (reader.open) reader.close();
    };
    return { total, exported: Math.min(total, limit), threads: 1, workerDone: Promise.resolve(false), body: csvExportStream({ rows, names: csvNames(reader), close }, origin) };
  } catch (error) {
    reader.close();
    throw error;
  }
}

function ask(worker: Worker, request: ExportWorkerRequest, until: ExportWorkerReply["type"]): Promise<ExportWorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ExportWorkerReply) => {
      if (reply.type !== until && reply.type !== "error") return;
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      if (reply.type === "error") reject(new Error(`export worker: ${reply.message}`));
      else resolve(reply);
    };
    const onExit = (code: number) => {
      worker.off("message", onMessage);
      reject(new Error(`the export worker exited with code ${code}`));
    };
    worker.on("message", onMessage);
    worker.once("exit", onExit);
    worker.postMessage(request);
  });
}

// Takes the write lock, polled rather than waited for with the busy timeout (a blocking wait
// would stall the server's thread); an ingest holds it for a batch of about two seconds.
async function takeWriteLock(file: string): Promise<Database.Database> {
  const lock = new Database(file, { fileMustExist: true });
  for (const start = Date.now(); ; ) {
    try {
      lock.exec("BEGIN IMMEDIATE");
      return lock;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() - start > LOCK_WAIT_MS) {
        lock.close();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function releaseLock(lock: Database.Database): void {
  if (!lock.open) return;
  if (lock.inTransaction) lock.exec("ROLLBACK");
  lock.close();
}

// The rows after the first half: the worker's file, read back in chunks once the worker is done
// with it, or, if the worker could not start, pin or finish, the same rows formatted here from
// the request's reader (which read the same snapshot), so an export never depends on a worker.
function secondHalf(fromWorker: Promise<string | null>, formatHere: () => IterableIterator<string>, cleanup: () => void): ChunkTail {
  let fd: number | null = null;
  let here: IterableIterator<string> | null = null;
  const buffer = Buffer.allocUnsafe(EXPORT_CHUNK_CHARS);
  return {
    async next() {
      if (fd === null && here === null) {
        const file = await fromWorker;
        if (file) fd = fs.openSync(file, "r");
        else here = formatHere();
      }
      if (here) {
        const next = here.next();
        return next.done ? null : Buffer.from(next.value);
      }
      const n = fs.readSync(fd!, buffer, 0, EXPORT_CHUNK_CHARS, null);
      return n > 0 ? new Uint8Array(buffer.subarray(0, n)) : null;
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
      here?.return?.();
      cleanup();
    },
  };
}

// The CSV export of /api/claims: on one thread below `splitFrom` rows (or without the write lock:
// a read-only database, say), else in two halves. The request's reader pins its snapshot under the
// write lock and streams the first half at once; the lock is held until the worker, booting
// meanwhile (about 0.3 s), has pinned the same snapshot, and is then released.
// (for tests: afterPin runs once both halves' snapshots are pinned, before the worker reads;
// workerEntry replaces the worker's module)
export async function openCsvExport(filters: ClaimFilters, limit: number, origin: string,
  options: { splitFrom?: number; file?: string; afterPin?: () => void; workerEntry?: string } = {}): Promise<CsvExport> {
  const file = options.file ?? resolveDatabaseFile();
  const splitFrom = Math.max(2, options.splitFrom ?? SPLIT_MIN_ROWS);
  const probe = openExportReader(file);
  try {
    // a bounded look (it stops at splitFrom rows) decides the path
    if (limit < splitFrom || countExportRows(probe, filters, splitFrom) < splitFrom) return serial(probe, filters, limit, origin);
  } catch (error) {
    probe.close();
    throw error;
  }
  probe.close();
  const booting = startTsWorker(options.workerEntry ?? "lib/db/export-worker.ts", { dbFile: file }, { serverOnly: true, resourceLimits: WORKER_LIMITS }).catch(() => null);
  let lock: Database.Database;
  try {
    lock = await takeWriteLock(file);
  } catch {
    void booting.then((worker) => worker?.terminate());
    return serial(openExportReader(file), filters, limit, origin);
  }
  let reader: Database.Database | undefined;
  let total: number;
  try {
    reader = openExportReader(file);
    reader.prepare("SELECT 1 FROM Claim LIMIT 1").get();
    total = countForExport(reader, filters, limit);
  } catch (error) {
    releaseLock(lock);
    reader?.close();
    void booting.then((worker) => worker?.terminate());
    throw error;
  }
  const exported = Math.min(total, limit);
  const head = Math.min(exported, Math.ceil(exported * HEAD_SHARE));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "counterclaim-export-"));
  const tailFile = path.join(dir, "rows.csv");
  const { sql, params } = buildCsvExportSql(filters);
  const fromWorker = (async (): Promise<string | null> => {
    try {
      const worker = await booting;
      if (!worker) return null;
      await ask(worker, { type: "pin" }, "pinned");
      releaseLock(lock);
      options.afterPin?.();
      await ask(worker, { type: "run", sql, params, count: exported - head, offset: head, origin, file: tailFile }, "done");
      return tailFile;
    } catch {
      return null;
    } finally {
      releaseLock(lock);
    }
  })();
  const rows = iterateCsvExportRows(reader, filters, head);
  const names = csvNames(reader);
  const cleanup = () => {
    releaseLock(lock);
    void booting.then((w) => w?.terminate());
    fs.rmSync(dir, { recursive: true, force: true });
    if (reader.open) reader.close();
  };
  // (the reader stays open after the first half: the second falls back to it)
  const firstHalf = { rows, close: () => rows.return?.() };
  const tail = secondHalf(fromWorker, () => csvChunks(iterateCsvExportRows(reader, filters, exported - head, head), names, exportBase(origin)), cleanup);
  return { total, exported, threads: 2, workerDone: fromWorker.then(Boolean), body: csvExportStream({ ...firstHalf, names }, origin, tail) };
}
