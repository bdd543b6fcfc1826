import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { prisma } from "./client";
import { buildClaimWhere } from "./claim-where";

export const FACET_LIMIT = 12;
export type FacetKey = "side" | "claimant" | "outlet" | "metric" | "location" | "period" | "year";
export interface FacetValue { value: string; count: number }
export type Facets = Record<FacetKey, FacetValue[]>;

// A facet counts the rows matching every other filter but not its own, so choosing one value
// still shows the others you could add (values of one facet combine with OR).
function without(filters: ClaimFilters, key: FacetKey): ClaimFilters {
  return key === "year" ? { ...filters, from: undefined, to: undefined } : { ...filters, [key]: [] };
}

type GroupField = "side" | "metric" | "location" | "period" | "claimantId" | "outletId";
type GroupRow = Partial<Record<GroupField, string | number | null>> & { _count: { _all: number } };
interface GroupArgs { by: GroupField[]; where: Prisma.ClaimWhereInput; _count: { _all: true }; orderBy: Prisma.ClaimOrderByWithAggregationInput[]; take: number }
// Prisma's groupBy typing needs a literal field; one facet query serves six fields, so it is
// called through this narrower signature.
const groupClaims = (args: GroupArgs) => (prisma.claim.groupBy as unknown as (a: GroupArgs) => Promise<GroupRow[]>).call(prisma.claim, args);

async function topValues(filters: ClaimFilters, key: FacetKey, field: GroupField): Promise<Array<{ key: string | number; count: number }>> {
  const where = buildClaimWhere(without(filters, key));
  const groups = await groupClaims({
    by: [field],
    // Only nullable columns take the not-null filter (Prisma rejects it on required ones).
    where: field === "side" || field === "metric" ? where : { AND: [where, { [field]: { not: null } }] },
    _count: { _all: true },
    orderBy: [{ _count: { [field]: "desc" } }, { [field]: "asc" }],
    take: FACET_LIMIT,
  });
  return groups.flatMap((g) => {
    const v = g[field];
    return v === null || v === undefined ? [] : [{ key: v, count: g._count._all }];
  });
}

async function named(rows: Array<{ key: string | number; count: number }>, table: "claimant" | "outlet"): Promise<FacetValue[]> {
  const ids = rows.map((r) => Number(r.key));
  const names = table === "claimant"
    ? await prisma.claimant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : await prisma.outlet.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(names.map((n) => [n.id, n.name]));
  return rows.flatMap((r) => { const name = byId.get(Number(r.key)); return name ? [{ value: name, count: r.count }] : []; });
}

// Years come from the claim date; there are few distinct dates per year, so grouping by date
// and folding in memory stays small.
async function years(filters: ClaimFilters): Promise<FacetValue[]> {
  const where = buildClaimWhere(without(filters, "year"));
  const groups = await prisma.claim.groupBy({ by: ["date"], where: { AND: [where, { date: { not: null } }] }, _count: { _all: true } });
  const byYear = new Map<string, number>();
  for (const g of groups) if (g.date) byYear.set(String(g.date.getUTCFullYear()), (byYear.get(String(g.date.getUTCFullYear())) ?? 0) + g._count._all);
  return [...byYear].map(([value, count]) => ({ value, count })).sort((a, b) => b.value.localeCompare(a.value)).slice(0, FACET_LIMIT);
}

const plain = (rows: Array<{ key: string | number; count: number }>): FacetValue[] => rows.map((r) => ({ value: String(r.key), count: r.count }));

export async function getClaimFacets(filters: ClaimFilters): Promise<Facets> {
  const [side, metric, location, period, claimant, outlet, year] = await Promise.all([
    topValues(filters, "side", "side").then(plain),
    topValues(filters, "metric", "metric").then(plain),
    topValues(filters, "location", "location").then(plain),
    topValues(filters, "period", "period").then(plain),
    topValues(filters, "claimant", "claimantId").then((r) => named(r, "claimant")),
    topValues(filters, "outlet", "outletId").then((r) => named(r, "outlet")),
    years(filters),
  ]);
  return { side, claimant, outlet, metric, location, period, year };
}

// The year a from/to pair selects, when it is exactly one calendar year.
export function selectedYear(filters: Pick<ClaimFilters, "from" | "to">): string | null {
  const m = filters.from?.match(/^(\d{4})-01-01$/);
  return m && filters.to === `${m[1]}-12-31` ? m[1] : null;
}
