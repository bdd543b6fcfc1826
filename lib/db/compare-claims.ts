import "server-only";
import type { CompareClaim } from "@/lib/compare/types";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
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

export async function loadCompareClaims(filters: ClaimFilters): Promise<CompareClaims> {
  const poolWhere = buildClaimWhere(poolFilters(filters));
  const rows = await prisma.claim.findMany({
    where: poolWhere,
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: COMPARE_CLAIM_CAP + 1,
    select: {
      id: true, articleId: true, value: true, valueMax: true, qualifier: true, unit: true, metric: true, side: true,
      actorSide: true, period: true, location: true, date: true, sentence: true,
      claimant: { select: { name: true } },
      outlet: { select: { name: true } },
      article: { select: { title: true } },
      mentions: { select: { id: true }, orderBy: { start: "asc" }, take: 1 },
    },
  });
  const capped = rows.length > COMPARE_CLAIM_CAP;
  const claims: CompareClaim[] = rows.slice(0, COMPARE_CLAIM_CAP).map((r) => ({
    id: r.id, articleId: r.articleId, mentionId: r.mentions[0]?.id ?? null, value: r.value, valueMax: r.valueMax,
    qualifier: r.qualifier, unit: r.unit, metric: r.metric, side: r.side, actorSide: r.actorSide, period: r.period,
    location: r.location, date: r.date, claimant: r.claimant?.name ?? null, sentence: r.sentence,
    articleTitle: r.article.title, outlet: r.outlet?.name ?? null,
  }));
  let matched: Set<number> | null = null;
  if (hasTopicFilters(filters) && claims.length) {
    // The same where-builder as the explorer, limited to the pool, so the filters mean the same thing.
    const ids = await prisma.claim.findMany({
      where: { AND: [buildClaimWhere(filters), { id: { in: claims.map((c) => c.id) } }] },
      select: { id: true },
    });
    matched = new Set(ids.map((r) => r.id));
  } else if (hasTopicFilters(filters)) {
    matched = new Set();
  }
  return { claims, matched, capped };
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
