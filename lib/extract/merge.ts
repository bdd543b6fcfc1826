// A figure restated in one article is one claim with several mentions. Headline mentions
// and mentions whose source fell back to the outlet defer to better-attributed ones.
import type { ExtractedClaim } from "./types";

export interface Candidate { claim: ExtractedClaim; strength: number }

const SPECIFIC_KILL = new Set(["civilians_killed", "soldiers_killed", "militants_killed"]);

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
  // "Strikes kill 30 people" over "killed 30 civilians": a headline's or the outlet's generic toll
  // restates the specific one with the same figure
  for (let g = out.length - 1; g >= 0; g--) {
    const grp = out[g];
    const c = grp[0].claim;
    if (c.metric !== "people_killed") continue;
    const weak = grp.every((x) => x.strength <= 1);
    const home = out.find((o) => o !== grp && SPECIFIC_KILL.has(o[0].claim.metric) && o[0].claim.value === c.value
      // (the same speaker: "government spokesman X said 16 people were killed" is no restatement of the PMF's "16 of its members")
      && o[0].claim.valueMax === c.valueMax && (weak || (o[0].claim.side === c.side && o[0].claim.claimant === c.claimant)));
    if (home) { home.push(...grp); out.splice(g, 1); }
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
