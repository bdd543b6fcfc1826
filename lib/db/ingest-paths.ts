import "server-only";
import { promises as fs } from "node:fs";
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
// dump is reported from its size alone instead of being pulled into memory.
export async function readArticleFile(file: string, maxBytes = MAX_ARTICLE_BYTES): Promise<Buffer> {
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new InputError("not a regular file");
  if (stat.size > maxBytes) {
    throw new InputError(`the file is ${describeFileSize(stat.size)}; one article may be at most ${describeFileSize(maxBytes)}`);
  }
  return fs.readFile(file);
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
  // The next file is read while the current one is parsed and stored, so disk latency
  // overlaps with CPU work; a read error surfaces when that file's turn comes.
  const read = (i: number) => {
    const p = readArticleFile(files[i]);
    p.catch(() => undefined);
    return p;
  };
  let next = files.length > 0 ? read(0) : null;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const current = next!;
    next = i + 1 < files.length ? read(i + 1) : null;
    try {
      const bytes = await current;
      const result = await storeArticle(prepareArticle({ bytes, fileName: file, source: file }));
      if (result.status === "new") report.added.push({ file, id: result.id, claims: result.claims });
      else report.unchanged.push({ file, id: result.id });
    } catch (error) {
      report.failed.push({ file, reason: reasonOf(error) });
    }
    onProgress?.(++done, files.length, file);
  }
  return report;
}
