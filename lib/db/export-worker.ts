// Worker thread of a split CSV export (started by ./claims-export-split): formats the second
// part of an export's rows into a file while the request's thread streams the first part.
// Its read transaction is pinned to the same snapshot as the request's reader (see openCsvExport).
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { exportBase } from "@/lib/export/claim-export-row";
import { csvChunks, type CsvExportRow } from "@/lib/export/csv-line";
import { csvNames } from "./export-names";

export type ExportWorkerRequest =
  | { type: "pin" }
  | { type: "run"; sql: string; params: Array<string | number>; count: number; offset: number; origin: string; file: string };
export type ExportWorkerReply = { type: "ready" } | { type: "pinned" } | { type: "done"; bytes: number } | { type: "error"; message: string };

const port = parentPort!;
const post = (reply: ExportWorkerReply) => port.postMessage(reply);
const db = new Database((workerData as { dbFile: string }).dbFile, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 10000");

// One buffer for every chunk (a UTF-8 character takes at most 3 bytes per UTF-16 unit): a new
// Buffer per chunk is memory outside the heap, and a million rows' worth of it made V8 collect
// garbage more often.
let buffer = Buffer.allocUnsafe(0);

function writeAll(fd: number, text: string): number {
  if (buffer.length < text.length * 3) buffer = Buffer.allocUnsafe(text.length * 3);
  const length = buffer.write(text);
  for (let at = 0; at < length; ) at += fs.writeSync(fd, buffer, at, length - at);
  return length;
}

function run(request: Extract<ExportWorkerRequest, { type: "run" }>): number {
  const rows = db.prepare(request.sql).raw().iterate(...request.params, request.count, request.offset) as IterableIterator<CsvExportRow>;
  const fd = fs.openSync(request.file, "w");
  let bytes = 0;
  try {
    for (const chunk of csvChunks(rows, csvNames(db), exportBase(request.origin))) bytes += writeAll(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

port.on("message", (request: ExportWorkerRequest) => {
  try {
    if (request.type === "pin") {
      // the first read pins this transaction's snapshot (the worker imports nothing that opens Prisma)
      db.exec("BEGIN");
      db.prepare("SELECT 1 FROM Claim LIMIT 1").get();
      post({ type: "pinned" });
    } else {
      post({ type: "done", bytes: run(request) });
    }
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
post({ type: "ready" });
