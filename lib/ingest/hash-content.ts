import { createHash } from "node:crypto";

// Identity of an article is its cleaned text, so the same story saved twice (or re-encoded,
// or with different page furniture) is stored once.
export function hashContent(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}
