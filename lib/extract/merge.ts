// A figure restated in one article is one claim with several mentions. Headline mentions
// and mentions whose source fell back to the outlet defer to better-attributed ones.
import type { ExtractedClaim } from "./types";

export interface Candidate { claim: ExtractedClaim; strength: number }

const key = (c: ExtractedClaim) => `${c.value}|${c.valueMax}|${c.metric}`;

const differ = (a: string | null, b: string | null) => !!a && !!b && a !== b;
function compatible(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return !differ(a.location, b.location) && !differ(a.actorSide, b.actorSide);
}

export function mergeRestatements(cands: Candidate[]): ExtractedClaim[] {
  const groups = new Map<string, Candidate[]>();
  const out: Candidate[][] = [];
  const groupOf = new Map<Candidate, Candidate[]>();
  for (const c of cands) {
    const list = groups.get(key(c.claim)) ?? [];
    // different named sides giving the same figure stay separate claims, and so does the same
    // figure about another place or actor ("around half the city" of Deir ez-Zor held by the regime,
    // "more than half of Raqqa city" held by the SDF); a headline or unsourced mention reads place
    // and actor too loosely to keep apart
    const loose = (g: Candidate) => g.strength <= 1 || c.strength <= 1;
    const home = list.find((g) => loose(g) || (g.claim.side === c.claim.side && compatible(g.claim, c.claim)));
    if (home) {
      groupOf.get(home)!.push(c);
    } else {
      const grp = [c];
      out.push(grp);
      groupOf.set(c, grp);
      list.push(c);
      groups.set(key(c.claim), list);
    }
  }
  const merged = out.map((grp) => {
    const best = grp.reduce((a, b) => (b.strength > a.strength ? b : a));
    const first = grp[0].claim;
    return {
      ...best.claim,
      sentence: first.sentence, start: first.start, end: first.end,
      period: best.claim.period ?? grp.find((g) => g.claim.period)?.claim.period ?? null,
      location: best.claim.location ?? grp.find((g) => g.claim.location)?.claim.location ?? null,
      actorSide: best.claim.actorSide ?? grp.find((g) => g.claim.actorSide)?.claim.actorSide ?? null,
      mentions: grp.flatMap((g) => g.claim.mentions).sort((a, b) => a.start - b.start),
    };
  });
  return merged.sort((a, b) => a.start - b.start);
}
