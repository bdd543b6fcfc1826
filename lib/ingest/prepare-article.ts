// Parse + extract in one pure step, so the CLI, uploads and re-extraction share it.
import { EXTRACTOR_VERSION, extractClaims, type ExtractedClaim } from "@/lib/extract";
import { hashContent } from "./hash-content";
import { parseArticle, type ParsedArticle } from "./parse-article";

export interface PreparedArticle extends ParsedArticle {
  source: string;
  contentHash: string;
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

export function prepareArticle(input: PrepareInput): PreparedArticle {
  const parsed = parseArticle({ bytes: input.bytes, fileName: input.fileName });
  const title = input.title?.trim() || parsed.title;
  const outlet = input.outlet?.trim() || parsed.outlet;
  const claims = extractClaims(parsed.text, { outlet, publishedAt: parsed.publishedAt });
  return {
    ...parsed,
    title,
    outlet,
    source: input.source ?? input.fileName,
    contentHash: hashContent(parsed.text),
    extractorVersion: EXTRACTOR_VERSION,
    claims,
  };
}
