import "server-only";
import type { CompareClaim } from "@/lib/compare/types";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildClaimWhere } from "./claim-where";
import { prisma } from "./client";

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

// Dated claims newest first, then undated ones. Two queries rather than "NULLS LAST", which
// SQLite cannot serve from the date index (2 s on a million claims against a few ms).
const ORDER = [{ date: "desc" }, { id: "desc" }] as const;
const SELECT = {
  id: true, articleId: true, value: true, valueMax: true, qualifier: true, unit: true, metric: true, side: true,
  actorSide: true, period: true, location: true, date: true, sentence: true, claimantId: true, outletId: true,
} as const;

async function newestFirst<T>(where: Prisma.ClaimWhereInput, take: number, read: (where: Prisma.ClaimWhereInput, take: number, dated: boolean) => Promise<T[]>): Promise<T[]> {
  const dated = await read({ AND: [where, { date: { not: null } }] }, take, true);
  if (dated.length >= take) return dated;
  return [...dated, ...(await read({ AND: [where, { date: null }] }, take - dated.length, false))];
}
// Relations are read in slices: SQLite caps the bound parameters of one statement.
const SLICE = 500;

function slices<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += SLICE) out.push(list.slice(i, i + SLICE));
  return out;
}

async function readNames(claimantIds: number[], outletIds: number[], articleIds: number[], claimIds: number[]) {
  const [claimants, outlets, articles, mentions] = await Promise.all([
    Promise.all(slices(claimantIds).map((ids) => prisma.claimant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }))),
    Promise.all(slices(outletIds).map((ids) => prisma.outlet.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }))),
    Promise.all(slices(articleIds).map((ids) => prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }))),
    Promise.all(slices(claimIds).map((ids) => prisma.mention.findMany({ where: { claimId: { in: ids } }, select: { id: true, claimId: true, start: true } }))),
  ]);
  const firstMention = new Map<number, { id: number; start: number }>();
  for (const m of mentions.flat()) {
    const cur = firstMention.get(m.claimId);
    if (!cur || m.start < cur.start) firstMention.set(m.claimId, m);
  }
  return {
    claimant: new Map(claimants.flat().map((c) => [c.id, c.name])),
    outlet: new Map(outlets.flat().map((o) => [o.id, o.name])),
    title: new Map(articles.flat().map((a) => [a.id, a.title])),
    mention: firstMention,
  };
}

const DAY_MS = 86_400_000;

// With topic filters, the pool is drawn around the matching claims (their metric and actor
// buckets and a window around their dates), so an older claimant's claims still find the
// figures they compete with instead of falling outside the newest 5,000.
function poolAround(hits: Array<{ metric: string; actorSide: string | null; date: Date | null }>): Prisma.ClaimWhereInput {
  const pairs = [...new Map(hits.map((h) => [`${h.metric}\u0000${h.actorSide ?? ""}`, h])).values()].slice(0, 200);
  const dates = hits.flatMap((h) => (h.date ? [h.date.getTime()] : []));
  const when: Prisma.ClaimWhereInput[] = [];
  if (dates.length) when.push({ date: { gte: new Date(Math.min(...dates) - 400 * DAY_MS), lte: new Date(Math.max(...dates) + 120 * DAY_MS) } });
  if (dates.length < hits.length) when.push({ date: null });
  return { AND: [{ OR: pairs.map((p) => ({ metric: p.metric, actorSide: p.actorSide })) }, { OR: when }] };
}

export async function loadCompareClaims(filters: ClaimFilters): Promise<CompareClaims> {
  const topicFilters = hasTopicFilters(filters);
  // The explorer's where-builder, newest first like the pool: every matching claim inside
  // the pool ranks within the first COMPARE_CLAIM_CAP matches.
  const hits = topicFilters
    ? await newestFirst(buildClaimWhere(filters), COMPARE_CLAIM_CAP, (where, take, dated) =>
        prisma.claim.findMany({ where, take, orderBy: dated ? [...ORDER] : { id: "desc" }, select: { id: true, metric: true, actorSide: true, date: true } }),
      )
    : null;
  if (hits && hits.length === 0) return { claims: [], matched: new Set(), capped: false };
  const base = buildClaimWhere(poolFilters(filters));
  const where = hits ? { AND: [base, poolAround(hits)] } : base;
  const rows = await newestFirst(where, COMPARE_CLAIM_CAP + 1, (w, take, dated) =>
    prisma.claim.findMany({ where: w, take, orderBy: dated ? [...ORDER] : { id: "desc" }, select: SELECT }),
  );
  const capped = rows.length > COMPARE_CLAIM_CAP;
  const pool = rows.slice(0, COMPARE_CLAIM_CAP);
  const uniq = (xs: Array<number | null>) => [...new Set(xs.filter((x): x is number => x != null))];
  const names = await readNames(uniq(pool.map((r) => r.claimantId)), uniq(pool.map((r) => r.outletId)), uniq(pool.map((r) => r.articleId)), pool.map((r) => r.id));
  const claims: CompareClaim[] = pool.map((r) => ({
    id: r.id, articleId: r.articleId, mentionId: names.mention.get(r.id)?.id ?? null, value: r.value, valueMax: r.valueMax,
    qualifier: r.qualifier, unit: r.unit, metric: r.metric, side: r.side, actorSide: r.actorSide, period: r.period,
    location: r.location, date: r.date, claimant: r.claimantId != null ? (names.claimant.get(r.claimantId) ?? null) : null,
    sentence: r.sentence, articleTitle: names.title.get(r.articleId) ?? "", outlet: r.outletId != null ? (names.outlet.get(r.outletId) ?? null) : null,
  }));
  if (!hits) return { claims, matched: null, capped };
  const inPool = new Set(pool.map((r) => r.id));
  return { claims, matched: new Set(hits.map((h) => h.id).filter((id) => inPool.has(id))), capped };
}

export interface CompareOptions {
  outlets: string[];
  claimants: string[];
  locations: string[];
}

// Choices for the filter bar, most-cited first and bounded so the page stays small.
export async function listCompareOptions(): Promise<CompareOptions> {
  const [outlets, claimants, locations] = await Promise.all([
    prisma.outlet.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 300 }),
    prisma.claimant.findMany({ select: { name: true }, orderBy: { claims: { _count: "desc" } }, take: 300 }),
    prisma.claim.groupBy({ by: ["location"], where: { location: { not: null } }, _count: { _all: true }, orderBy: { _count: { location: "desc" } }, take: 300 }),
  ]);
  return {
    outlets: outlets.map((o) => o.name),
    claimants: claimants.map((c) => c.name).sort((a, b) => a.localeCompare(b)),
    locations: locations.flatMap((l) => (l.location ? [l.location] : [])).sort((a, b) => a.localeCompare(b)),
  };
}
