// Groups claims into topics of competing claims (../shared/claim-model.md, "Competing
// claims"): one metric, one actor side (an unstated actor is its own bucket), overlapping
// time and compatible place. Greedy and deterministic: specific places first so that a
// figure with no place joins the nearest topic instead of founding one of its own.
import { narrowerPlace, placeInfo, placeLevel, placesCompatibleInfo, type PlaceInfo } from "./places";
import { DAY_MS, readSpan } from "./span";
import type { CompareClaim, Topic, TopicFigure } from "./types";

/** Short-span figures whose article dates fall within this window share a topic. */
export const TOPIC_WINDOW_DAYS = 30;
const WINDOW = TOPIC_WINDOW_DAYS * DAY_MS;

interface Draft {
  topic: Topic;
  /** topic.place, read once per change instead of once per comparison. */
  place: PlaceInfo | null;
  undated: boolean;
  // per-incident figures: earliest start, article-date range, longest span
  pi: { minStart: number; minEnd: number; maxEnd: number; maxDays: number } | null;
  cum: { minEnd: number; maxEnd: number } | null;
}

function timeFits(d: Draft, f: TopicFigure): boolean {
  const { start, end, kind, days } = f.span;
  if (end == null || d.undated) return end == null && d.undated;
  const s = start ?? Number.NEGATIVE_INFINITY;
  if (kind === "per_incident") {
    if (d.pi) return Math.max(d.pi.maxEnd, end) - Math.min(d.pi.minEnd, end) <= WINDOW + Math.max(d.pi.maxDays, days) * DAY_MS;
    return d.cum != null && s <= d.cum.maxEnd && end >= d.cum.minEnd - WINDOW;
  }
  // A cumulative figure belongs with incidents it covers and was reported close to.
  if (d.pi) return s <= d.pi.maxEnd && end >= d.pi.minEnd - WINDOW && end <= d.pi.maxEnd + 3 * WINDOW;
  return d.cum != null && Math.max(d.cum.maxEnd, end) - Math.min(d.cum.minEnd, end) <= WINDOW;
}

function add(d: Draft, f: TopicFigure): void {
  const t = d.topic;
  t.figures.push(f);
  const place = narrowerPlace(t.place, f.claim.location);
  if (place !== t.place) { t.place = place; d.place = placeInfo(place); }
  const { start, end, kind, days } = f.span;
  if (end == null) return;
  t.from = t.from == null ? end : Math.min(t.from, end);
  t.to = t.to == null ? end : Math.max(t.to, end);
  if (kind === "per_incident") {
    const s = start ?? end;
    d.pi = d.pi
      ? { minStart: Math.min(d.pi.minStart, s), minEnd: Math.min(d.pi.minEnd, end), maxEnd: Math.max(d.pi.maxEnd, end), maxDays: Math.max(d.pi.maxDays, days) }
      : { minStart: s, minEnd: end, maxEnd: end, maxDays: days };
  } else {
    d.cum = d.cum ? { minEnd: Math.min(d.cum.minEnd, end), maxEnd: Math.max(d.cum.maxEnd, end) } : { minEnd: end, maxEnd: end };
  }
}

function distance(d: Draft, f: TopicFigure): number {
  const end = f.span.end;
  if (end == null || d.topic.to == null) return 0;
  return Math.abs(d.topic.to - end);
}

function pickDraft(drafts: Draft[], f: TopicFigure): Draft | null {
  let best: Draft | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const place = placeInfo(f.claim.location);
  for (const d of drafts) {
    if (!timeFits(d, f) || !placesCompatibleInfo(d.place, place)) continue;
    const samePlace = place && d.place && place.normalised === d.place.normalised;
    // Same place beats nearer time; nearer time beats a bigger topic.
    const score = (samePlace ? 0 : 1e15) + distance(d, f) - d.topic.figures.length * 1e-3;
    if (score < bestScore) { best = d; bestScore = score; }
  }
  return best;
}

function order(a: TopicFigure, b: TopicFigure): number {
  if (a.span.kind !== b.span.kind) return a.span.kind === "per_incident" ? -1 : 1;
  const pl = placeLevel(b.claim.location) - placeLevel(a.claim.location);
  if (pl) return pl;
  const ta = a.span.end ?? Number.POSITIVE_INFINITY;
  const tb = b.span.end ?? Number.POSITIVE_INFINITY;
  return ta - tb || a.claim.id - b.claim.id;
}

export function groupTopics(claims: readonly CompareClaim[]): Topic[] {
  const buckets = new Map<string, TopicFigure[]>();
  for (const claim of claims) {
    const key = `${claim.metric}\u0000${claim.actorSide ?? ""}`;
    const figure: TopicFigure = { claim, span: readSpan(claim.period, claim.date) };
    const list = buckets.get(key);
    if (list) list.push(figure);
    else buckets.set(key, [figure]);
  }
  const topics: Topic[] = [];
  for (const figures of buckets.values()) {
    const drafts: Draft[] = [];
    for (const f of figures.sort(order)) {
      const found = pickDraft(drafts, f);
      if (found) { add(found, f); continue; }
      const c = f.claim;
      const d: Draft = { topic: { id: "", metric: c.metric, actorSide: c.actorSide, place: null, from: null, to: null, figures: [] }, place: null, undated: f.span.end == null, pi: null, cum: null };
      add(d, f);
      drafts.push(d);
    }
    for (const d of drafts) {
      const t = d.topic;
      t.figures.sort((a, b) => (b.span.end ?? 0) - (a.span.end ?? 0) || a.claim.id - b.claim.id);
      t.id = `${t.metric}.${t.actorSide ?? "unstated"}.${Math.min(...t.figures.map((x) => x.claim.id))}`;
      topics.push(t);
    }
  }
  return topics;
}

/** Distinct claimant sides giving figures in a list of figures. */
export function sidesOf(figures: readonly TopicFigure[]): string[] {
  return [...new Set(figures.map((f) => f.claim.side))];
}
