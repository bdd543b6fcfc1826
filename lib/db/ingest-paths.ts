import "server-only";
import os from "node:os";
import { collectFiles } from "@/lib/ingest/collect-files";
import { prepareFile, type PrepareOutcome } from "@/lib/ingest/prepare-file";
import { resolveDatabaseFile } from "./client";
import { prepareInOrder, startPreparePool } from "./ingest-pool";
import { getWriter } from "./sqlite-writer";
import { storeArticle } from "./store-article";

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
}

// Below this many files the workers' start-up costs more than they save.
const POOL_MIN_FILES = 200;

function* inline(files: string[], knownId: (hash: string) => number | undefined): Generator<[string, PrepareOutcome]> {
  for (const file of files) yield [file, prepareFile(file, knownId)];
}

// Stored articles by content hash, on the writer's connection. An unusable database is left
// for the writer to report, file by file.
function hashLookup(): (hash: string) => number | undefined {
  try {
    const byHash = getWriter().db.prepare<[string], number>('SELECT id FROM "Article" WHERE "contentHash" = ?').pluck();
    return (hash) => byHash.get(hash);
  } catch {
    return () => undefined;
  }
}

// Stores files and folders of articles. Extraction (CPU-bound, a few ms per article) runs on
// worker threads; this thread stores each outcome in file order, one transaction per article
// through storeArticle, so a crash leaves only whole articles and a re-run finishes the rest.
export async function ingestPaths(paths: string[], options: IngestOptions | IngestOptions["onProgress"] = {}): Promise<IngestReport> {
  const { onProgress, workers: requested } = typeof options === "function" ? { onProgress: options, workers: undefined } : options;
  const { files, missing } = await collectFiles(paths);
  const report: IngestReport = { added: [], unchanged: [], failed: missing.map((file) => ({ file, reason: "no such file or folder" })) };
  const knownId = hashLookup();
  const size = requested ?? (files.length >= POOL_MIN_FILES ? os.availableParallelism() : 0);
  const outcomes = size > 0
    ? prepareInOrder(startPreparePool(size, resolveDatabaseFile()), files, knownId, (error) =>
        console.warn(`ingest: worker threads unavailable (${(error as Error).message}); extracting on one thread`))
    : inline(files, knownId);
  let done = 0;
  for await (const [file, outcome] of outcomes) {
    try {
      if (outcome.kind === "failed") report.failed.push({ file, reason: outcome.reason });
      else if (outcome.kind === "known") report.unchanged.push({ file, id: outcome.id });
      else {
        const result = await storeArticle(outcome.article);
        if (result.status === "new") report.added.push({ file, id: result.id, claims: result.claims });
        else report.unchanged.push({ file, id: result.id });
      }
    } catch (error) {
      report.failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
    onProgress?.(++done, files.length, file);
  }
  return report;
}
