// Groups claims into topics of competing claims (../shared/claim-model.md, "Competing
// claims"): one metric, one actor side (an unstated actor is its own bucket), overlapping
// time and compatible place. Greedy and deterministic: specific places first so that a
// figure with no place joins the nearest topic of its own article instead of founding one.
import { countedKey } from "./counted";
import { narrowerPlace, placeInfo, placeLevel, placesCompatibleInfo, type PlaceInfo } from "./places";
import { DAY_MS, readSpan } from "./span";
import type { CompareClaim, Topic, TopicFigure } from "./types";

/** Short-span figures whose article dates fall within this window share a topic. */
export const TOPIC_WINDOW_DAYS = 30;
const WINDOW = TOPIC_WINDOW_DAYS * DAY_MS;

interface Draft {
  /** Creation order within its bucket: ties in pickDraft go to the earliest draft. */
  seq: number;
  topic: Topic;
  /** topic.place, read once per change instead of once per comparison. */
  place: PlaceInfo | null;
  undated: boolean;
  // per-incident figures: earliest start, article-date range, longest span
  pi: { minStart: number; minEnd: number; maxEnd: number; maxDays: number } | null;
  cum: { minEnd: number; maxEnd: number } | null;
  /** Articles its figures come from: a figure with no place joins a placed topic only from one of them. */
  articles: Set<number>;
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
  d.articles.add(f.claim.articleId);
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

// The drafts of one bucket, found by place. A figure can only join a draft whose place is
// compatible with its own (placesCompatibleInfo): no place on either side, the same place, or a
// country and a place in it. Undated figures only join undated drafts and dated ones dated drafts
// (timeFits), so each kind has its own index. Scanning every draft for every figure was
// O(figures × drafts): ~30–40 ms of a 5,000-claim comparison at a million claims.
class DraftIndex {
  private readonly unplaced = new Set<Draft>();
  /** By the normalised place of the draft. */
  private readonly byPlace = new Map<string, Set<Draft>>();
  /** Drafts at a specific place (level 2), by the country it is in. */
  private readonly byCountry = new Map<string, Set<Draft>>();
  /** By the articles of their figures: the only placed drafts a figure with no place may join. */
  private readonly byArticle = new Map<number, Set<Draft>>();

  private static put<K>(map: Map<K, Set<Draft>>, key: K, d: Draft): void {
    const set = map.get(key);
    if (set) set.add(d);
    else map.set(key, new Set([d]));
  }

  private file(d: Draft): void {
    if (!d.place) return void this.unplaced.add(d);
    DraftIndex.put(this.byPlace, d.place.normalised, d);
    if (d.place.level === 2 && d.place.country !== null) DraftIndex.put(this.byCountry, d.place.country, d);
  }

  private unfile(d: Draft): void {
    if (!d.place) return void this.unplaced.delete(d);
    this.byPlace.get(d.place.normalised)?.delete(d);
    if (d.place.level === 2 && d.place.country !== null) this.byCountry.get(d.place.country)?.delete(d);
  }

  insert(d: Draft): void {
    this.file(d);
    for (const a of d.articles) DraftIndex.put(this.byArticle, a, d);
  }

  /** Adds a figure to a draft of this index, refiling it when its place narrows. */
  add(d: Draft, f: TopicFigure): void {
    const before = d.place;
    add(d, f);
    DraftIndex.put(this.byArticle, f.claim.articleId, d);
    const after = d.place;
    if (after === before) return;
    d.place = before;
    this.unfile(d);
    d.place = after;
    this.file(d);
  }

  /** The drafts a figure at `place` from article `articleId` may join, as groups to scan (a draft may recur). */
  compatible(place: PlaceInfo | null, articleId: number, actorless: boolean): Iterable<Draft>[] {
    // A figure that names no place joins a placed draft only from its own article: across articles,
    // "no place" is no evidence of the same place. With no actor either, nothing but the date ties it
    // to another article's figures, so it joins only its own article's drafts.
    if (!place) return actorless ? [this.byArticle.get(articleId) ?? []] : [this.unplaced, this.byArticle.get(articleId) ?? []];
    const groups: Iterable<Draft>[] = [this.unplaced];
    const same = this.byPlace.get(place.normalised);
    if (same) groups.push(same);
    if (place.level === 2 && place.country !== null && place.country !== place.normalised) {
      // Drafts about the country this place is in (only countries normalise to a country's name).
      const country = this.byPlace.get(place.country);
      if (country) groups.push(country);
    } else if (place.level === 1) {
      const inside = this.byCountry.get(place.normalised);
      if (inside) groups.push(inside);
    }
    return groups;
  }
}

// The best draft for a figure: among those it fits in time and place, the same place beats
// nearer time and nearer time beats a bigger topic; ties go to the earliest draft (as a scan in
// creation order keeping only strictly better scores would).
function pickDraft(index: DraftIndex, f: TopicFigure): Draft | null {
  let best: Draft | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const place = placeInfo(f.claim.location);
  for (const group of index.compatible(place, f.claim.articleId, f.claim.actorSide === null)) {
    for (const d of group) {
      if (!timeFits(d, f) || !placesCompatibleInfo(d.place, place)) continue;
      const samePlace = place && d.place && place.normalised === d.place.normalised;
      // Same place beats nearer time; nearer time beats a bigger topic.
      const score = (samePlace ? 0 : 1e15) + distance(d, f) - d.topic.figures.length * 1e-3;
      if (score < bestScore || (score === bestScore && best !== null && d.seq < best.seq)) { best = d; bestScore = score; }
    }
  }
  return best;
}

// Figures are placed per-incident before cumulative, specific places before countries before
// none, then oldest first (undated last) and by id. The keys are read once per figure, not once
// per comparison of the sort.
interface Ordered { f: TopicFigure; kind: number; level: number; end: number; id: number }

function order(a: Ordered, b: Ordered): number {
  return a.kind - b.kind || b.level - a.level || a.end - b.end || a.id - b.id;
}

function inOrder(figures: TopicFigure[]): TopicFigure[] {
  const keyed = figures.map((f): Ordered => ({
    f, kind: f.span.kind === "per_incident" ? 0 : 1, level: placeLevel(f.claim.location), end: f.span.end ?? Number.POSITIVE_INFINITY, id: f.claim.id,
  }));
  return keyed.sort(order).map((k) => k.f);
}

// Topics never cross metric or actor. Figures of the catch-all metric `other` also keep to what
// they count (./counted); one whose unit names nothing competes with no other figure.
const OTHER = "other";
const countedKeys = new Map<string, string>();

// The bucket within a metric: the actor, and for `other` what is counted.
function bucketKey(claim: CompareClaim): string {
  const actor = claim.actorSide ?? "";
  if (claim.metric !== OTHER) return actor;
  let counted = countedKeys.get(claim.unit);
  if (counted === undefined) {
    counted = countedKey(claim.unit);
    if (countedKeys.size < 10_000) countedKeys.set(claim.unit, counted);
  }
  return `${actor}\u0000${counted || `#${claim.id}`}`;
}

// The unit most of an `other` topic's figures use, the shortest on a tie.
function commonUnit(figures: readonly TopicFigure[]): string | null {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const unit = f.claim.unit.trim();
    if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [unit, n] of counts) {
    const m = best === null ? 0 : counts.get(best)!;
    if (n > m || (n === m && best !== null && unit.length < best.length)) best = unit;
  }
  return best;
}

export function groupTopics(claims: readonly CompareClaim[]): Topic[] {
  // Buckets by metric, then by bucketKey (no key string per claim: building and hashing one was a
  // tenth of the grouping), kept in the order they first appear.
  const byMetric = new Map<string, Map<string, TopicFigure[]>>();
  const buckets: TopicFigure[][] = [];
  for (const claim of claims) {
    const figure: TopicFigure = { claim, span: readSpan(claim.period, claim.date) };
    let inMetric = byMetric.get(claim.metric);
    if (!inMetric) byMetric.set(claim.metric, (inMetric = new Map()));
    const key = bucketKey(claim);
    const list = inMetric.get(key);
    if (list) list.push(figure);
    else { const fresh = [figure]; inMetric.set(key, fresh); buckets.push(fresh); }
  }
  const topics: Topic[] = [];
  for (const figures of buckets) {
    // Undated figures fit only undated drafts, dated ones only dated drafts (timeFits). An undated
    // figure is placed in time only by its own article, so it competes only with that article's
    // other undated figures: across articles, nothing says they overlap.
    const dated = new DraftIndex();
    const undated = new Map<number, DraftIndex>();
    const undatedOf = (articleId: number) => {
      let index = undated.get(articleId);
      if (!index) undated.set(articleId, (index = new DraftIndex()));
      return index;
    };
    const drafts: Draft[] = [];
    for (const f of inOrder(figures)) {
      const index = f.span.end == null ? undatedOf(f.claim.articleId) : dated;
      const found = pickDraft(index, f);
      if (found) { index.add(found, f); continue; }
      const c = f.claim;
      const d: Draft = { seq: drafts.length, topic: { id: "", metric: c.metric, actorSide: c.actorSide, place: null, from: null, to: null, figures: [] }, place: null, undated: f.span.end == null, pi: null, cum: null, articles: new Set() };
      add(d, f);
      index.insert(d);
      drafts.push(d);
    }
    for (const d of drafts) {
      const t = d.topic;
      t.figures.sort((a, b) => (b.span.end ?? 0) - (a.span.end ?? 0) || a.claim.id - b.claim.id);
      let first = Number.POSITIVE_INFINITY;
      for (const x of t.figures) if (x.claim.id < first) first = x.claim.id;
      t.id = `${t.metric}.${t.actorSide ?? "unstated"}.${first}`;
      if (t.metric === OTHER) t.counted = commonUnit(t.figures);
      topics.push(t);
    }
  }
  return topics;
}

/** Distinct claimant sides giving figures in a list of figures. */
export function sidesOf(figures: readonly TopicFigure[]): string[] {
  return [...new Set(figures.map((f) => f.claim.side))];
}
