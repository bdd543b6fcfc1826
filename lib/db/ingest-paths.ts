import "server-only";
import fs from "node:fs";
import { collectFiles } from "@/lib/ingest/collect-files";
import { describeFileSize, InputError, MAX_ARTICLE_BYTES } from "@/lib/ingest/decode-text";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { storeArticle } from "./store-article";

export interface IngestReport {
  added: { file: string; id: number; claims: number }[];
  unchanged: { file: string; id: number }[];
  failed: { file: string; reason: string }[];
}

// Reads one file for ingest, refusing before reading when it cannot be an article: a 50 MB
// dump is reported from its size alone instead of being pulled into memory. Synchronous on
// purpose: a local article file is read in tens of microseconds, while the async version's
// thread-pool round trips left the CPU idle about a millisecond per file.
export function readArticleFile(file: string, maxBytes = MAX_ARTICLE_BYTES): Buffer {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new InputError("not a regular file");
  if (stat.size > maxBytes) {
    throw new InputError(`the file is ${describeFileSize(stat.size)}; one article may be at most ${describeFileSize(maxBytes)}`);
  }
  return fs.readFileSync(file);
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "the file disappeared before it could be read";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}

export async function ingestPaths(paths: string[], onProgress?: (done: number, total: number, file: string) => void): Promise<IngestReport> {
  const { files, missing } = await collectFiles(paths);
  const report: IngestReport = { added: [], unchanged: [], failed: missing.map((file) => ({ file, reason: "no such file or folder" })) };
  let done = 0;
  for (const file of files) {
    try {
      const result = await storeArticle(prepareArticle({ bytes: readArticleFile(file), fileName: file, source: file }));
      if (result.status === "new") report.added.push({ file, id: result.id, claims: result.claims });
      else report.unchanged.push({ file, id: result.id });
    } catch (error) {
      report.failed.push({ file, reason: reasonOf(error) });
    }
    onProgress?.(++done, files.length, file);
  }
  return report;
}
