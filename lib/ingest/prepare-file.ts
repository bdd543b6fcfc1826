// One article file from disk to what the writer stores, as a plain value (no exceptions, no
// classes) so the same step runs in a worker thread and its outcome crosses postMessage.
import fs from "node:fs";
import { describeFileSize, InputError, MAX_ARTICLE_BYTES } from "./decode-text";
import { addClaims, parseForStore, type PreparedArticle } from "./prepare-article";

export type PrepareOutcome =
  | { kind: "prepared"; article: PreparedArticle }
  | { kind: "known"; id: number }
  | { kind: "failed"; reason: string };

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

export function failureReason(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "the file disappeared before it could be read";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}

// knownId looks the content hash up among stored articles: a re-run pays for reading and
// parsing, not for extraction. The writer still checks the hash again under its lock.
export function prepareFile(file: string, knownId: (contentHash: string) => number | undefined): PrepareOutcome {
  try {
    const parsed = parseForStore({ bytes: readArticleFile(file), fileName: file, source: file });
    const id = knownId(parsed.contentHash);
    if (id !== undefined) return { kind: "known", id };
    return { kind: "prepared", article: addClaims(parsed) };
  } catch (error) {
    return { kind: "failed", reason: failureReason(error) };
  }
}
