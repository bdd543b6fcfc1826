import "server-only";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { prisma } from "./client";
import { buildClaimWhereSql } from "./claim-where-sql";

export const FACET_LIMIT = 12;
// Facets count at most this many matching claims (the most recently stored), so a facet costs
// the same on a million rows as on fifty thousand; below it the counts are exact.
export const FACET_SAMPLE = 50_000;

export type FacetKey = "side" | "claimant" | "outlet" | "metric" | "location" | "period" | "year";
export interface FacetValue { value: string; count: number }
export type Facets = Record<FacetKey, FacetValue[]> & { sampled: boolean };

const COLUMNS: Record<FacetKey, string> = {
  side: "c.side", metric: "c.metric", location: "c.location", period: "c.period",
  claimant: "c.claimantId", outlet: "c.outletId", year: "substr(c.date, 1, 4)",
};
const KEYS = Object.keys(COLUMNS) as FacetKey[];
type Counts = Record<FacetKey, Array<{ value: string | number; count: number }>>;

// A facet counts the rows matching every other filter but not its own, so choosing one value
// still shows the others you could add (values of one facet combine with OR).
function without(filters: ClaimFilters, key: FacetKey): ClaimFilters {
  return key === "year" ? { ...filters, from: undefined, to: undefined } : { ...filters, [key]: [] };
}

function isActive(filters: ClaimFilters, key: FacetKey): boolean {
  return key === "year" ? Boolean(filters.from || filters.to) : (filters[key] as unknown[]).length > 0;
}

// One bounded read of the matching rows, grouped once per facet; `_rows` is the sample size.
async function countFacets(filters: ClaimFilters, keys: FacetKey[]): Promise<{ counts: Partial<Counts>; sampled: boolean }> {
  if (!keys.length) return { counts: {}, sampled: false };
  const where = buildClaimWhereSql(filters);
  const groups = keys.map((k) => `SELECT '${k}' AS facet, ${k} AS value, count(*) AS n FROM s WHERE ${k} IS NOT NULL GROUP BY ${k}`);
  const sql = `WITH s AS MATERIALIZED (SELECT ${keys.map((k) => `${COLUMNS[k]} AS ${k}`).join(", ")} FROM Claim c WHERE ${where.sql} ORDER BY c.id DESC LIMIT ${FACET_SAMPLE}) `
    + [...groups, "SELECT '_rows' AS facet, NULL AS value, count(*) AS n FROM s"].join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<Array<{ facet: FacetKey | "_rows"; value: string | number | bigint | null; n: number | bigint }>>(sql, ...where.params);
  const counts: Partial<Counts> = {};
  let seen = 0;
  for (const r of rows) {
    if (r.facet === "_rows") seen = Number(r.n);
    else if (r.value !== null) (counts[r.facet] ??= []).push({ value: typeof r.value === "bigint" ? Number(r.value) : r.value, count: Number(r.n) });
  }
  for (const k of keys) counts[k] = (counts[k] ?? []).sort((x, y) => y.count - x.count || String(x.value).localeCompare(String(y.value))).slice(0, FACET_LIMIT);
  return { counts, sampled: seen >= FACET_SAMPLE };
}

async function names(table: "Claimant" | "Outlet", ids: Array<string | number>): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = table === "Claimant"
    ? await prisma.claimant.findMany({ where: { id: { in: ids.map(Number) } }, select: { id: true, name: true } })
    : await prisma.outlet.findMany({ where: { id: { in: ids.map(Number) } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getClaimFacets(filters: ClaimFilters): Promise<Facets> {
  // Facets without a selection share one read under all filters; each facet with a selection
  // gets its own read without that selection.
  const active = KEYS.filter((k) => isActive(filters, k));
  const [shared, ...own] = await Promise.all([
    countFacets(filters, KEYS.filter((k) => !isActive(filters, k))),
    ...active.map((k) => countFacets(without(filters, k), [k])),
  ]);
  const merged: Partial<Counts> = { ...shared.counts };
  active.forEach((k, i) => { merged[k] = own[i].counts[k]; });
  const [claimants, outlets] = await Promise.all([names("Claimant", (merged.claimant ?? []).map((v) => v.value)), names("Outlet", (merged.outlet ?? []).map((v) => v.value))]);
  const plain = (k: FacetKey, label?: Map<number, string>): FacetValue[] =>
    (merged[k] ?? []).flatMap((v) => {
      const value = label ? label.get(Number(v.value)) : String(v.value);
      return value ? [{ value, count: v.count }] : [];
    });
  return {
    side: plain("side"), claimant: plain("claimant", claimants), outlet: plain("outlet", outlets), metric: plain("metric"),
    location: plain("location"), period: plain("period"), year: plain("year").sort((a, b) => b.value.localeCompare(a.value)),
    sampled: [shared, ...own].some((r) => r.sampled),
  };
}

// The year a from/to pair selects, when it is exactly one calendar year.
export function selectedYear(filters: Pick<ClaimFilters, "from" | "to">): string | null {
  const m = filters.from?.match(/^(\d{4})-01-01$/);
  return m && filters.to === `${m[1]}-12-31` ? m[1] : null;
}
