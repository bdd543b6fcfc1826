import type { CompareClaim } from "./types";

let nextId = 1;

// A claim with test defaults: civilians killed by the coalition, undated, no place.
export function makeClaim(over: Partial<CompareClaim> = {}): CompareClaim {
  const id = over.id ?? nextId++;
  return {
    id, articleId: 1, mentionId: id * 10, value: 10, valueMax: null, qualifier: "exact", unit: "civilians",
    metric: "civilians_killed", side: "monitor", actorSide: "us_coalition", period: null, location: null,
    date: null, claimant: "Syrian Observatory for Human Rights", sentence: "…", articleTitle: "A", outlet: "Wire",
    ...over,
  };
}

export const d = (s: string) => new Date(`${s}T00:00:00Z`);
