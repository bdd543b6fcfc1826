// A figure that counts part of the one before it ("The monitor said 42 of the dead were children") or
// says it covers the same time ("a further 26 civilians had been killed over the same period") covers
// that figure's span, though its own sentence names none.
import type { ExtractedClaim } from "./types";

const POINTS_BACK = /\b(?:of (?:the|those|these) (?:dead|killed|victims|wounded|injured|casualties|displaced)|(?:over|in|during|for) the same (?:period|time|days|week|weeks|month|months)|of them|among them|among the (?:dead|victims))\b/i;
// The figure pointed back to is the one just before, close by (the next paragraph at most).
const NEAR_CHARS = 600;

export function carryPeriods(claims: ExtractedClaim[]): ExtractedClaim[] {
  const ordered = [...claims].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const c = ordered[i];
    const before = ordered[i - 1];
    if (c.period || !before.period || before.sentence === c.sentence || c.start - before.end > NEAR_CHARS) continue;
    if (POINTS_BACK.test(c.sentence)) c.period = before.period;
  }
  return claims;
}
