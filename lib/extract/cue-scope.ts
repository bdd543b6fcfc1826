// Where a cue reaches: the figures a cue covers, and the small readings of the words around a speaker phrase
// ("in Geneva" after a name, "figures verified by"). Split from attribution.ts.
import type { Token } from "./tokens";
import type { Cue } from "./attribution";

/** "in Geneva", "in northern Syria": a prepositional place phrase filling [from, to). */
export function placeTail(t: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || !["in", "at"].includes(t[from].lower)) return false;
  for (let k = from + 1; k < to; k++) if (!/^[A-Z]/.test(t[k].text) && !["northern", "southern", "eastern", "western"].includes(t[k].lower)) return false;
  return true;
}

export const DATA_WORD = /^(?:figures|data|statistics|numbers|tally|count|estimates?)$/;
/** The index of "by" in "a tally by", "verified by", "shared with me by", "compiled by the" right after token k, else -1. */
export function byAfter(t: Token[], k: number): number {
  if (t[k]?.lower === "by") return k; // "according to a tally by Crescent Wire"
  if (!/(?:ed|en|shared|kept|drawn)$/.test(t[k]?.lower ?? "")) return -1;
  for (let b = k + 1; b < t.length && b <= k + 4; b++) {
    if (t[b].type !== "word") return -1;
    if (t[b].lower === "by") return b;
  }
  return -1;
}

/** The cue covering the figure at token span [i, j), or null. */
export function cueFor(cues: Cue[], i: number, j: number): Cue | null {
  let best: Cue | null = null;
  let bestD = Infinity;
  for (const c of cues) {
    let dist: number;
    if (c.scope === "relative") dist = c.at > j && c.at - j <= 6 ? 0 : Infinity;
    else if (c.at < i && (c.scope === "right" || c.scope === "both")) dist = i - c.at;
    else if (c.at >= j && (c.scope === "left" || c.scope === "both")) dist = c.at - j + 2;
    else if (c.at >= j && c.scope === "right") dist = c.at - j + 30; // "X said" later in the sentence, weak
    else dist = Infinity;
    if (dist < bestD) { bestD = dist; best = c; }
  }
  // ("according to the local water authority, supplies to some 400,000 people had been cut, Mr. Lindmeier said": the
  // source a speaker relays is the figure's, as a source an agency cites is)
  const relayed = best && best.scope === "left" && best.at >= j ? cues.find((c) => c.text === "according to" && c.at < i) : undefined;
  return relayed ?? best;
}
