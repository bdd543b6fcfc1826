// The indexed grouping (drafts found by place) against the scan it replaced, which tried every
// draft of a bucket for every figure: on large mixed inputs both must give the same topics, with
// the same ids, places, spans and figure order.
import { describe, expect, it } from "vitest";
import { groupTopics, TOPIC_WINDOW_DAYS } from "./group-topics";
import { narrowerPlace, placeInfo, placeLevel, placesCompatibleInfo, type PlaceInfo } from "./places";
import { DAY_MS, formatDay, readSpan, type Span } from "./span";
import { makeClaim } from "./test-claims";
import type { CompareClaim, Topic, TopicFigure } from "./types";

const WINDOW = TOPIC_WINDOW_DAYS * DAY_MS;

// The previous implementation, verbatim but for its name.
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

function referenceGroupTopics(claims: readonly CompareClaim[]): Topic[] {
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


// readSpan before it memoised periods, verbatim but for its name.
const FIXED: Record<string, { days: number; key: string; label: string }> = {
  overnight: { days: 1, key: "day", label: "overnight" },
  day: { days: 1, key: "day", label: "a day" },
  "48h": { days: 2, key: "48h", label: "48 hours" },
  "72h": { days: 3, key: "72h", label: "72 hours" },
  week: { days: 7, key: "week", label: "a week" },
  month: { days: 31, key: "month", label: "a month" },
};
function parseDay(s: string): number | null {
  const full = /^\d{4}$/.test(s) ? `${s}-01-01` : s;
  const t = Date.parse(`${full}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}
function referenceReadSpan(period: string | null, date: Date | null): Span {
  const end = date ? date.getTime() : null;
  const p = period?.trim() ?? "";
  const fixed = FIXED[p];
  if (fixed) return { kind: "per_incident", key: fixed.key, label: fixed.label, days: fixed.days, start: end == null ? null : end - fixed.days * DAY_MS, end };
  const between = /^between:(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(p);
  if (between) {
    const a = parseDay(between[1]);
    const b = parseDay(between[2]);
    if (a != null && b != null && b >= a) {
      const days = Math.round((b - a) / DAY_MS) + 1;
      // (session 6: a span longer than a month is cumulative, a change of meaning both sides share)
      if (days > 31) return { kind: "cumulative", key: "cumulative", label: `cumulative ${formatDay(a)} – ${formatDay(b)}`, days: 0, start: a, end: b + DAY_MS - 1 };
      return { kind: "per_incident", key: `days:${days}`, label: `${formatDay(a)} – ${formatDay(b)}`, days, start: a, end: b + DAY_MS - 1 };
    }
  }
  const since = /^since:(\d{4}(?:-\d{2}-\d{2})?)$/.exec(p);
  if (since) {
    const from = parseDay(since[1]);
    const shown = since[1].length === 4 ? since[1] : from != null ? formatDay(from) : since[1];
    return { kind: "cumulative", key: "cumulative", label: `cumulative since ${shown}`, days: 0, start: from, end };
  }
  if (p === "total") {
    return { kind: "cumulative", key: "cumulative", label: "cumulative total", days: 0, start: end == null ? null : end - 365 * DAY_MS, end };
  }
  return { kind: "per_incident", key: "unstated", label: p ? p : "span not stated", days: 0, start: end, end };
}

// A deterministic pseudo-random stream (mulberry32).
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [null, null, "Aleppo", "Raqqa", "Raqa", "Idlib", "Mosul", "Syria", "Iraq", "Homs", "Deir ez-Zor", "Deir el-Zour", "Turkey", "Somewhere Unknown", "  aleppo "];
const PERIODS = [null, null, "day", "week", "overnight", "48h", "month", "since:2014", "since:2016-03-01", "total", "between:2016-03-01/2016-03-07", "between:2015-01-01/2015-12-31", "weekly",
  " day ", "72h", "", "since:2016-13-45", "between:2016-03-07/2016-03-01", "between:2016-02-30/2016-03-01", "since:", "Total"];
const METRICS = ["civilians_killed", "sorties", "strikes"];
const ACTORS = [null, "russia", "us_coalition"];
const SIDES = ["russia", "monitor", "us_coalition", "un", "media"];

function claims(seed: number, n: number, days: number): CompareClaim[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) =>
    makeClaim({
      id: i + 1, side: pick(SIDES), metric: pick(METRICS), actorSide: pick(ACTORS), location: pick(PLACES), period: pick(PERIODS),
      date: r() < 0.05 ? null : new Date(Date.UTC(2015, 9, 1) + Math.floor(r() * days) * DAY_MS + (r() < 0.3 ? Math.floor(r() * DAY_MS) : 0)),
    }),
  );
}

const shape = (topics: Topic[]) => topics.map((t) => ({ id: t.id, place: t.place, from: t.from, to: t.to, figures: t.figures.map((f) => f.claim.id) }));

describe("readSpan (periods read once)", () => {
  it("reads every period and date as before", () => {
    const dates = [null, new Date(Date.UTC(2016, 2, 4)), new Date(Date.UTC(2019, 11, 31, 13, 5)), new Date(0)];
    for (let round = 0; round < 2; round++) {
      for (const p of PERIODS) for (const date of dates) expect(readSpan(p, date), `${p} ${date?.toISOString()}`).toStrictEqual(referenceReadSpan(p, date));
    }
  });
});

describe("groupTopics (indexed by place)", () => {
  it.each([
    [1, 5000, 60], [2, 5000, 900], [3, 3000, 20], [4, 2000, 1200], [5, 5000, 365],
  ])("groups like the scan of every draft (seed %i, %i claims over %i days)", (seed, n, days) => {
    const input = claims(seed, n, days);
    const expected = shape(referenceGroupTopics(input));
    // Inputs where figures really merge, and into many topics.
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(n / 2);
    expect(shape(groupTopics(input))).toEqual(expected);
  });
});
