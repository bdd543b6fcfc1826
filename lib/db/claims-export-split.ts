import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { csvStream, type ChunkTail } from "@/lib/export/claims-stream";
import { buildExportSql, countExportRows, countForExport, iterateExportRows, openExportReader } from "./claims-export-sql";
import { resolveDatabaseFile } from "./client";
import type { ExportWorkerReply, ExportWorkerRequest } from "./export-worker";
import { startTsWorker } from "./ts-worker";

// A large CSV export runs on two threads: the request's thread streams the first half of the
// rows while a worker formats the second half into a temporary file, sent once the first half
// is out. Stepping the statement is most of an export's cost (5-6 µs of a row's ~10 at a
// million rows, and no cheaper in another query shape), so one thread tops out near 100k
// rows/s on this hardware; two halves in parallel roughly double it. Both threads read one
// snapshot, so the body is exactly what one transaction would have read (see pinTogether).
export const SPLIT_MIN_ROWS = 200_000;
const CHUNK_BYTES = 256 * 1024;
// How long a split export waits for the write lock it needs for an instant (an ingest holds
// it for a batch of about two seconds) before it runs on one thread instead.
const LOCK_WAIT_MS = 5_000;

export interface CsvExport { total: number; exported: number; body: ReadableStream<Uint8Array> }

function serial(reader: Database.Database, filters: ClaimFilters, limit: number, origin: string): CsvExport {
  try {
    const total = countForExport(reader, filters, limit);
    const rows = iterateExportRows(reader, filters, limit);
    const close = () => {
      rows.return?.();
      if (reader.open) reader.close();
    };
    return { total, exported: Math.min(total, limit), body: csvStream({ rows, close }, origin) };
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

// Pins the reader's and the worker's read transactions to one snapshot: while this holds the
// write lock no commit can land, so both start on the latest committed state. The lock is held
// only for the two first reads (milliseconds); writers wait on it with their busy timeout.
async function pinTogether(file: string, worker: Worker): Promise<Database.Database> {
  const lock = new Database(file, { fileMustExist: true });
  try {
    // (polled, not the busy timeout: a blocking wait would stall the server's thread)
    for (const start = Date.now(); ; ) {
      try {
        lock.exec("BEGIN IMMEDIATE");
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() - start > LOCK_WAIT_MS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    const reader = openExportReader(file);
    try {
      reader.prepare("SELECT 1 FROM Claim LIMIT 1").get();
      await ask(worker, { type: "pin" }, "pinned");
      return reader;
    } catch (error) {
      reader.close();
      throw error;
    }
  } finally {
    if (lock.inTransaction) lock.exec("ROLLBACK");
    lock.close();
  }
}

// The worker's file, read back in chunks once the worker is done with it.
function fileTail(done: Promise<unknown>, file: string, cleanup: () => void): ChunkTail {
  let fd: number | null = null;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  return {
    async next() {
      if (fd === null) {
        await done;
        fd = fs.openSync(file, "r");
      }
      const n = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
      return n > 0 ? new Uint8Array(buffer.subarray(0, n)) : null;
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
      cleanup();
    },
  };
}

// The CSV export of /api/claims: on one thread below `splitFrom` rows (or when no worker or
// write lock can be had: a read-only database, say), else in two halves as described above.
// (afterPin: for tests, runs once both halves' snapshots are pinned, before either is read)
export async function openCsvExport(filters: ClaimFilters, limit: number, origin: string,
  options: { splitFrom?: number; file?: string; afterPin?: () => void } = {}): Promise<CsvExport> {
  const file = options.file ?? resolveDatabaseFile();
  const splitFrom = Math.max(2, options.splitFrom ?? SPLIT_MIN_ROWS);
  let reader = openExportReader(file);
  try {
    // a bounded look (it stops at splitFrom rows) decides the path
    if (limit < splitFrom || countExportRows(reader, filters, splitFrom) < splitFrom) return serial(reader, filters, limit, origin);
  } catch (error) {
    reader.close();
    throw error;
  }
  reader.close();
  let worker: Worker | null = null;
  try {
    worker = await startTsWorker("lib/db/export-worker.ts", { dbFile: file }, { serverOnly: true });
    reader = await pinTogether(file, worker);
    options.afterPin?.();
  } catch {
    await worker?.terminate();
    return serial(openExportReader(file), filters, limit, origin);
  }
  const total = countForExport(reader, filters, limit);
  const exported = Math.min(total, limit);
  const head = Math.ceil(exported / 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "counterclaim-export-"));
  const tailFile = path.join(dir, "rows.csv");
  const { sql, params } = buildExportSql(filters);
  const running = worker;
  const done = ask(running, { type: "run", sql, params, count: exported - head, offset: head, origin, file: tailFile }, "done");
  done.catch(() => undefined); // read (and thrown) by the tail once the first half is out
  const rows = iterateExportRows(reader, filters, head);
  const cleanup = () => {
    void running.terminate();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const close = () => {
    rows.return?.();
    if (reader.open) reader.close();
  };
  return { total, exported, body: csvStream({ rows, close }, origin, fileTail(done, tailFile, cleanup)) };
}
