// Helpers shared by the extractor's unit tests.
import { extractClaims } from "./index";
import type { ExtractedClaim } from "./types";

export function claims(text: string, publishedAt?: Date): ExtractedClaim[] {
  return extractClaims(text, { outlet: "Test Wire", publishedAt: publishedAt ?? null });
}

export function one(text: string, value: number): ExtractedClaim {
  const hit = claims(text).find((c) => c.value === value);
  if (!hit) throw new Error(`no claim with value ${value} in: ${text}`);
  return hit;
}
