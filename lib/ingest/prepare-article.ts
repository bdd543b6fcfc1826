// Parse + extract in one pure step, so the CLI, uploads and re-extraction share it. Split in
// two (parse and hash, then extract) so a bulk ingest can skip extraction, the costly half,
// for text it already holds.
import { EXTRACTOR_VERSION, extractClaims, type ExtractedClaim } from "@/lib/extract";
import { hashContent } from "./hash-content";
import { parseArticle, type ParsedArticle } from "./parse-article";

export interface ParsedForStore extends ParsedArticle {
  source: string;
  contentHash: string;
}

export interface PreparedArticle extends ParsedForStore {
  extractorVersion: string;
  claims: ExtractedClaim[];
}

export interface PrepareInput {
  bytes: Uint8Array;
  fileName: string;
  source?: string;
  title?: string | null;
  outlet?: string | null;
}

export function parseForStore(input: PrepareInput): ParsedForStore {
  const parsed = parseArticle({ bytes: input.bytes, fileName: input.fileName });
  return {
    ...parsed,
    title: input.title?.trim() || parsed.title,
    outlet: input.outlet?.trim() || parsed.outlet,
    source: input.source ?? input.fileName,
    contentHash: hashContent(parsed.text),
  };
}

export function addClaims(parsed: ParsedForStore): PreparedArticle {
  const claims = extractClaims(parsed.text, { outlet: parsed.outlet, publishedAt: parsed.publishedAt });
  return { ...parsed, extractorVersion: EXTRACTOR_VERSION, claims };
}

export function prepareArticle(input: PrepareInput): PreparedArticle {
  return addClaims(parseForStore(input));
}
