import "server-only";
import type { PreparedArticle } from "@/lib/ingest/prepare-article";
import { getWriter, type StoreResult } from "./sqlite-writer";

export type { StoreResult } from "./sqlite-writer";

// One transaction per article with its claims and mentions, idempotent by content hash:
// a failure or a killed process never leaves half an article, and a concurrent ingest of the
// same text ends as "unchanged", not as an error. The write goes through the raw
// better-sqlite3 path in ./sqlite-writer (why: see there); async so callers need not care.
export async function storeArticle(article: PreparedArticle): Promise<StoreResult> {
  return getWriter().store(article);
}
