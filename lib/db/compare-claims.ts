import "server-only";
import type { CompareClaim } from "@/lib/compare/types";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { buildClaimWhereSql, type SqlWhere } from "./claim-where-sql";
import { prisma } from "./client";
import { readRows } from "./read-connection";

/** Grouping works on the most recent claims of the pool, never the whole table. */
export const COMPARE_CLAIM_CAP = 5_000;

export interface CompareClaims {
  claims: CompareClaim[];
  /** Claims matching every filter; null when no filter picks topics. */
  matched: Set<number> | null;
  /** True when the pool held more claims than the cap. */
  capped: boolean;
}

// Metric, actor and dates bound the pool (topics never cross metric or actor). The other
// filters pick topics: a topic is listed when one of its figures matches, and keeps the
// other sides' figures, because a claimant filter that hid every competitor would leave
// nothing to compare.
function poolFilters(f: ClaimFilters): ClaimFilters {
  return { ...f, side: [], claimant: [], outlet: [], location: [], period: [], article: [], q: undefined };
}

function hasTopicFilters(f: ClaimFilters): boolean {
  return Boolean(f.side.length || f.claimant.length || f.outlet.length || f.location.length || f.period.length || f.article.length || f.q);
}

// The columns grouping and spreads read. The sentence, names, title and anchor are filled in
// later (hydrateCompareClaims) only for the figures a page or an export shows: a 5,000-claim
// pool is mostly figures on other topic pages.
const COLUMNS = "c.id AS id, c.articleId AS articleId, c.value AS value, c.valueMax AS valueMax, c.qualifier AS qualifier, c.unit AS unit, "
  + "c.metric AS metric, c.side AS side, c.actorSide AS actorSide, c.period AS period, c.location AS location, CAST(c.date AS TEXT) AS date";
interface SlimRow { id: number | bigint; articleId: number | bigint; value: number; valueMax: number | null; qualifier: string; unit: string; metric: string; side: string; actorSide: string | null; period: string | null; location: string | null; date: string | null }

// Dated claims newest first, then undated ones. Two statements rather than "NULLS LAST", which
// SQLite cannot serve from a date index.
function newestFirst<T>(from: string, where: SqlWhere, columns: string, take: number): T[] {
  const read = (cond: string, order: string, n: number) =>
    readRows<T>(`SELECT ${columns} FROM ${from} WHERE ${where.sql} AND ${cond} ORDER BY ${order} LIMIT ${n}`, where.params);
  const dated = read("c.date IS NOT NULL", "c.date DESC, c.id DESC", take);
  if (dated.length >= take) return dated;
  return [...dated, ...read("c.date IS NULL", "c.id DESC", take - dated.length)];
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

// With topic filters, the pool is drawn around the matching claims (their metric and actor
// buckets and a window around their dates), so an older claimant's claims still find the
// figures they compete with instead of falling outside the newest 5,000.
function poolAround(hits: Array<{ metric: string; actorSide: string | null; date: string | null }>): SqlWhere {
  const pairs = [...new Map(hits.map((h) => [`${h.metric}\u0000${h.actorSide ?? ""}`, h])).values()].slice(0, 200);
  const dates = hits.flatMap((h) => (h.date ? [Date.parse(h.date)] : []));
  const when: string[] = [];
  const params: Array<string | number> = [];
  if (dates.length) { when.push("(c.date >= ? AND c.date <= ?)"); params.push(iso(Math.min(...dates) - 400 * DAY_MS), iso(Math.max(...dates) + 120 * DAY_MS)); }
  if (dates.length < hits.length) when.push("c.date IS NULL");
  // Many buckets: walk the date index and test the bucket per row ("+" keeps SQLite off the
  // metric index, whose OR over dozens of buckets reads and sorts every claim in the window).
  // A few: their (metric, date) index ranges are the short way.
  const metric = pairs.length > 3 ? "+c.metric" : "c.metric";
  const bucket = `(${metric}, coalesce(c.actorSide, '')) IN (VALUES ${pairs.map(() => "(?, ?)").join(", ")})`;
  params.unshift(...pairs.flatMap((p) => [p.metric, p.actorSide ?? ""]));
  return { sql: `${bucket} AND (${when.join(" OR ")})`, params };
}

const and = (a: SqlWhere, b: SqlWhere): SqlWhere => ({ sql: `${a.sql} AND ${b.sql}`, params: [...a.params, ...b.params] });

export async function loadCompareClaims(filters: ClaimFilters): Promise<CompareClaims> {
  const topicFilters = hasTopicFilters(filters);
  // The explorer's filter (the same SQL as its pages), newest first like the pool: every
  // matching claim inside the pool ranks within the first COMPARE_CLAIM_CAP matches.
  const hits = topicFilters
    ? newestFirst<{ id: number | bigint; metric: string; actorSide: string | null; date: string | null }>(
        "Claim c", buildClaimWhereSql(filters), "c.id AS id, c.metric AS metric, c.actorSide AS actorSide, CAST(c.date AS TEXT) AS date", COMPARE_CLAIM_CAP)
    : null;
  if (hits && hits.length === 0) return { claims: [], matched: new Set(), capped: false };
  const base = buildClaimWhereSql(poolFilters(filters));
  const rows = newestFirst<SlimRow>("Claim c", hits ? and(base, poolAround(hits)) : base, COLUMNS, COMPARE_CLAIM_CAP + 1);
  const capped = rows.length > COMPARE_CLAIM_CAP;
  const claims: CompareClaim[] = rows.slice(0, COMPARE_CLAIM_CAP).map((r) => ({
    id: Number(r.id), articleId: Number(r.articleId), mentionId: null, value: r.value, valueMax: r.valueMax, qualifier: r.qualifier, unit: r.unit,
    metric: r.metric, side: r.side, actorSide: r.actorSide, period: r.period, location: r.location, date: r.date ? new Date(r.date) : null,
    claimant: null, sentence: "", articleTitle: "", outlet: null,
  }));
  if (!hits) return { claims, matched: null, capped };
  const inPool = new Set(claims.map((c) => c.id));
  return { claims, matched: new Set(hits.map((h) => Number(h.id)).filter((id) => inPool.has(id))), capped };
}

// Relations are read in slices: SQLite caps the bound parameters of one statement.
const SLICE = 500;

// Fills in, in place, what the page and exports show of each figure: its sentence, claimant,
// outlet, article title and the anchor of its first mention.
export async function hydrateCompareClaims(claims: readonly CompareClaim[]): Promise<void> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ids = [...byId.keys()];
  const slices: number[][] = [];
  for (let i = 0; i < ids.length; i += SLICE) slices.push(ids.slice(i, i + SLICE));
  const rows = slices.flatMap((slice) => readRows<{ id: number | bigint; sentence: string; title: string; claimant: string | null; outlet: string | null; mentionId: number | bigint | null }>(
    `SELECT c.id AS id, c.sentence AS sentence, a.title AS title, cl.name AS claimant, o.name AS outlet,
       c.firstMentionId AS mentionId
     FROM Claim c JOIN Article a ON a.id = c.articleId LEFT JOIN Claimant cl ON cl.id = c.claimantId LEFT JOIN Outlet o ON o.id = c.outletId
     WHERE c.id IN (${slice.map(() => "?").join(",")})`, slice));
  for (const r of rows) {
    const c = byId.get(Number(r.id));
    if (!c) continue;
    c.sentence = r.sentence;
    c.articleTitle = r.title;
    c.claimant = r.claimant;
    c.outlet = r.outlet;
    c.mentionId = r.mentionId == null ? null : Number(r.mentionId);
  }
}

export interface CompareOptions {
  outlets: string[];
  claimants: string[];
  locations: string[];
}

// Choices for the filter bar, most-cited first and bounded so the page stays small. Claim counts
// come from the facet rollup (a few thousand rows), not from grouping every claim per view.
export async function listCompareOptions(): Promise<CompareOptions> {
  const [outlets, claimants, locations] = await Promise.all([
    prisma.outlet.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 300 }),
    prisma.$queryRawUnsafe<Array<{ name: string }>>(
      `SELECT cl.name AS name FROM (SELECT value, sum(n) AS n FROM ClaimFacetCount WHERE facet = 'claimant' GROUP BY value ORDER BY n DESC, value LIMIT 300) r
       JOIN Claimant cl ON cl.id = CAST(r.value AS INTEGER)`),
    prisma.$queryRawUnsafe<Array<{ value: string }>>(`SELECT value FROM ClaimFacetCount WHERE facet = 'location' GROUP BY value ORDER BY sum(n) DESC, value LIMIT 300`),
  ]);
  return {
    outlets: outlets.map((o) => o.name),
    claimants: claimants.map((c) => c.name).sort((a, b) => a.localeCompare(b)),
    locations: locations.map((l) => l.value).sort((a, b) => a.localeCompare(b)),
  };
}
