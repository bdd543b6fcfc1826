import "server-only";
import os from "node:os";
import { collectFiles } from "@/lib/ingest/collect-files";
import { prepareFile, type PrepareOutcome } from "@/lib/ingest/prepare-file";
import { resolveDatabaseFile } from "./client";
import { prepareInOrder, startPreparePool } from "./ingest-pool";
import type { PreparedArticle } from "@/lib/ingest/prepare-article";
import { getWriter, type BatchResult } from "./sqlite-writer";

export { readArticleFile } from "@/lib/ingest/prepare-file";

export interface IngestReport {
  added: { file: string; id: number; claims: number }[];
  unchanged: { file: string; id: number }[];
  failed: { file: string; reason: string }[];
}

export interface IngestOptions {
  onProgress?: (done: number, total: number, file: string) => void;
  // Worker threads for read + parse + extract; 0 prepares on the main thread. Default: one
  // per core when there are enough files to repay a worker's start (about half a second).
  workers?: number;
  // Articles per write transaction (default BATCH_ARTICLES).
  batch?: number;
}

// Below this many files the workers' start-up costs more than they save.
const POOL_MIN_FILES = 200;
// Articles per write transaction, and the longest a prepared article waits for its batch, so
// the explorer sees a long ingest arrive every few seconds and another writer (an upload) waits
// at most that long for the lock. Storing is the bottleneck of a bulk ingest (the workers idle
// half the time), and fewer commits mean fewer index and FTS segment flushes: 10,000 articles
// took 26.5 s at 500 per transaction and 23.5 s at 2,000.
export const BATCH_ARTICLES = 2000;
const BATCH_WAIT_MS = 3000;

function* inline(files: string[], knownId: (hash: string) => number | undefined): Generator<[string, PrepareOutcome]> {
  for (const file of files) yield [file, prepareFile(file, knownId)];
}

// Stored articles by content hash, on the writer's connection. An unusable database is left
// for the writer to report, file by file.
function hashLookup(): (hash: string) => number | undefined {
  try {
    const writer = getWriter();
    return (hash) => writer.findArticleId(hash);
  } catch {
    return () => undefined;
  }
}

// Stores files and folders of articles. Extraction (CPU-bound, a few ms per article) runs on
// worker threads; this thread stores the outcomes in file order, up to BATCH_ARTICLES per
// transaction with each article all-or-nothing, so a crash leaves only whole articles and a
// re-run finishes the rest.
export async function ingestPaths(paths: string[], options: IngestOptions | IngestOptions["onProgress"] = {}): Promise<IngestReport> {
  const { onProgress, workers: requested, batch: batchSize = BATCH_ARTICLES } = typeof options === "function" ? { onProgress: options } : options;
  const { files, missing } = await collectFiles(paths);
  const report: IngestReport = { added: [], unchanged: [], failed: missing.map((file) => ({ file, reason: "no such file or folder" })) };
  const knownId = hashLookup();
  const size = requested ?? (files.length >= POOL_MIN_FILES ? os.availableParallelism() : 0);
  const outcomes = size > 0
    ? prepareInOrder(startPreparePool(size, resolveDatabaseFile()), files, knownId, (error) =>
        console.warn(`ingest: worker threads unavailable (${(error as Error).message}); extracting on one thread`))
    : inline(files, knownId);
  let done = 0;
  const record = (file: string, result: BatchResult) => {
    if (result.status === "new") report.added.push({ file, id: result.id, claims: result.claims });
    else if (result.status === "unchanged") report.unchanged.push({ file, id: result.id });
    else report.failed.push({ file, reason: result.reason });
    onProgress?.(++done, files.length, file);
  };
  let batch: Array<{ file: string; article: PreparedArticle }> = [];
  let batchStarted = 0;
  const flush = () => {
    if (!batch.length) return;
    let results: BatchResult[];
    try {
      results = getWriter().storeBatch(batch.map((b) => b.article));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      results = batch.map(() => ({ status: "failed", reason }));
    }
    batch.forEach(({ file }, k) => record(file, results[k]));
    batch = [];
  };
  for await (const [file, outcome] of outcomes) {
    if (outcome.kind === "prepared") {
      if (!batch.length) batchStarted = performance.now();
      batch.push({ file, article: outcome.article });
      if (batch.length >= batchSize || performance.now() - batchStarted > BATCH_WAIT_MS) flush();
      continue;
    }
    record(file, outcome.kind === "failed" ? { status: "failed", reason: outcome.reason } : { status: "unchanged", id: outcome.id, claims: 0 });
  }
  flush();
  return report;
}
