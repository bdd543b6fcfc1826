// How far apart the sides are within a topic. Only figures of the same span kind and scale
// are compared; every other figure carries a reason it was left out of the ratio.
import type { TopicFigure } from "./types";

export type Scale = "count" | "percent" | "fraction";

export interface SpreadStat {
  /** What the compared figures cover: "a day", "span not stated", "cumulative". */
  basis: string;
  scale: Scale;
  sides: string[];
  min: number;
  max: number;
  /** max / min, null when the smallest figure is zero. */
  ratio: number | null;
  range: number;
  claimIds: number[];
}

export interface Spread {
  perIncident: SpreadStat | null;
  cumulative: SpreadStat | null;
  /** Claim id → why it is not in the per-incident comparison. */
  notComparable: Map<number, string>;
}

export function scaleOf(f: TopicFigure): Scale {
  if (/percent|%/i.test(f.claim.unit)) return "percent";
  if (f.claim.value > 0 && f.claim.value < 1 && f.claim.valueMax == null) return "fraction";
  return "count";
}

// The widest disagreement between two different sides, each side read by its highest figure
// (a range by its upper end): a side's own figures for sub-groups (7 children among 125
// civilians, two families among 3,500 people) never make the sides look further apart than
// their headline figures are.
function stat(figures: TopicFigure[], basis: string, scale: Scale): SpreadStat | null {
  const bySide = new Map<string, { hi: number }>();
  for (const f of figures) {
    const cur = bySide.get(f.claim.side);
    const hi = f.claim.valueMax ?? f.claim.value;
    bySide.set(f.claim.side, { hi: cur ? Math.max(cur.hi, hi) : hi });
  }
  if (bySide.size < 2) return null;
  let best: { min: number; max: number; ratio: number | null } | null = null;
  for (const [a, x] of bySide) {
    for (const [b, y] of bySide) {
      if (a === b) continue;
      const ratio = y.hi > 0 ? x.hi / y.hi : null;
      const better = !best || (ratio == null ? best.ratio != null || x.hi - y.hi > best.max - best.min : best.ratio != null && ratio > best.ratio);
      if (better) best = { min: y.hi, max: x.hi, ratio };
    }
  }
  if (!best) return null;
  const ratio = best.ratio != null && best.ratio < 1 ? 1 : best.ratio;
  return { basis, scale, sides: [...bySide.keys()], min: Math.min(best.min, best.max), max: Math.max(best.min, best.max), ratio, range: Math.abs(best.max - best.min), claimIds: figures.map((f) => f.claim.id) };
}

function countSides(figures: TopicFigure[]): number {
  return new Set(figures.map((f) => f.claim.side)).size;
}

export function computeSpread(figures: readonly TopicFigure[]): Spread {
  const notComparable = new Map<number, string>();
  const perIncident = figures.filter((f) => f.span.kind === "per_incident");
  const cumulative = figures.filter((f) => f.span.kind === "cumulative");
  for (const f of cumulative) notComparable.set(f.claim.id, `${f.span.label}: not comparable with per-incident figures`);

  // The scale most sides use is the basis; a percentage is never compared with a count.
  // (Each figure's scale is read once: a topic restated by hundreds of articles has thousands.)
  const scaleOfFigure = new Map(perIncident.map((f) => [f, scaleOf(f)]));
  const scales = (["count", "percent", "fraction"] as const).map((s) => ({ s, list: perIncident.filter((f) => scaleOfFigure.get(f) === s) }));
  scales.sort((a, b) => countSides(b.list) - countSides(a.list) || b.list.length - a.list.length);
  const { s: scale, list } = scales[0];
  for (const f of perIncident) if (scaleOfFigure.get(f) !== scale) notComparable.set(f.claim.id, `a ${scaleOfFigure.get(f)}, not a ${scale}`);

  // Figures with no stated span are read as the same incident unless stated spans disagree.
  const stated = [...new Set(list.filter((f) => f.span.key !== "unstated").map((f) => f.span.key))];
  let basisFigures = list;
  let basis = stated.length === 1 ? (list.find((f) => f.span.key === stated[0])?.span.label ?? "") : "span not stated";
  if (stated.length > 1) {
    const groups = stated.map((k) => list.filter((f) => f.span.key === k || f.span.key === "unstated"));
    groups.sort((a, b) => countSides(b) - countSides(a) || b.length - a.length);
    basisFigures = groups[0];
    const key = basisFigures.find((f) => f.span.key !== "unstated")?.span;
    basis = key?.label ?? "";
    const inBasis = new Set(basisFigures);
    for (const f of list) if (!inBasis.has(f)) notComparable.set(f.claim.id, `covers ${f.span.label}, not ${basis}`);
  }
  const cumScale = cumulative.filter((f) => scaleOf(f) === "count");
  return {
    perIncident: stat(basisFigures, basis, scale),
    cumulative: stat(cumScale, "cumulative", "count"),
    notComparable,
  };
}

/** "×3.2 apart", or "agree" when every compared figure is the same. */
export function formatRatio(ratio: number | null): string {
  if (ratio == null) return "one figure is zero";
  if (ratio < 1.005) return "agree";
  return `×${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio).toLocaleString("en-US")} apart`;
}
