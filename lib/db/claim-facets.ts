import "server-only";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { prisma } from "./client";
import { FACET_KEYS, rollupWhere, type FacetKey } from "./claim-rollup";
import { newestClaimsSource } from "./claim-where-sql";

export type { FacetKey } from "./claim-rollup";

export const FACET_LIMIT = 12;
// Facets that the rollup cannot answer (a search, a claimant, a place, …) count at most this
// many matching claims, the most recently stored: the counts are then lower bounds, shown as
// "≥ n". Below it they are exact. Small because each sampled claim is a random row read
// (about 25 µs on a loaded machine at a million claims): 2,000 keep a facet read near 50 ms.
export const FACET_SAMPLE = 2_000;

export interface FacetValue { value: string; count: number }
/** `atLeast`: facets counted over a sample, whose counts are lower bounds. */
export type Facets = Record<FacetKey, FacetValue[]> & { sampled: boolean; atLeast: FacetKey[] };

const COLUMNS: Record<FacetKey, string> = {
  side: "c.side", metric: "c.metric", location: "c.location", period: "c.period",
  claimant: "c.claimantId", outlet: "c.outletId", year: "substr(c.date, 1, 4)",
};
type Counts = Partial<Record<FacetKey, Array<{ value: string | number; count: number }>>>;
type Row = { facet: FacetKey | "_rows"; value: string | number | bigint | null; n: number | bigint };

// A facet counts the rows matching every other filter but not its own, so choosing one value
// still shows the others you could add (values of one facet combine with OR).
function without(filters: ClaimFilters, key: FacetKey): ClaimFilters {
  return key === "year" ? { ...filters, from: undefined, to: undefined } : { ...filters, [key]: [] };
}

function isActive(filters: ClaimFilters, key: FacetKey): boolean {
  return key === "year" ? Boolean(filters.from || filters.to) : (filters[key] as unknown[]).length > 0;
}

// Claimant and outlet facets count ids; their names are read in the same statement.
function named(key: FacetKey, inner: string): string {
  const table = key === "claimant" ? "Claimant" : key === "outlet" ? "Outlet" : null;
  return table ? `SELECT facet, (SELECT name FROM ${table} WHERE id = CAST(g.value AS INTEGER)) AS value, n FROM (${inner}) g` : `SELECT * FROM (${inner})`;
}

function collect(rows: Row[], counts: Counts): number {
  let seen = 0;
  for (const r of rows) {
    if (r.facet === "_rows") seen = Number(r.n);
    else if (r.value !== null) (counts[r.facet] ??= []).push({ value: typeof r.value === "bigint" ? Number(r.value) : r.value, count: Number(r.n) });
  }
  return seen;
}

// Exact counts from the rollup: one statement, one small GROUP BY per facet (a few thousand
// rollup rows each at a million claims).
async function rollupFacets(jobs: Array<{ key: FacetKey; filters: ClaimFilters }>): Promise<Counts> {
  if (!jobs.length) return {};
  const params: Array<string | number> = [];
  const parts = jobs.map(({ key, filters }) => {
    const where = rollupWhere(filters)!;
    params.push(key, ...where.params);
    return named(key, `SELECT facet, value, sum(n) AS n FROM ClaimFacetCount r WHERE r.facet = ? AND ${where.sql} GROUP BY value ORDER BY n DESC, value LIMIT ${FACET_LIMIT}`);
  });
  const counts: Counts = {};
  collect(await prisma.$queryRawUnsafe<Row[]>(parts.join(" UNION ALL "), ...params), counts);
  return counts;
}

// Counts over the newest FACET_SAMPLE matching claims, grouped once per facet; `_rows` is the sample size.
async function sampledFacets(filters: ClaimFilters, keys: FacetKey[]): Promise<{ counts: Counts; sampled: boolean }> {
  if (!keys.length) return { counts: {}, sampled: false };
  const src = newestClaimsSource(filters);
  const groups = keys.map((k) => named(k, `SELECT '${k}' AS facet, ${k} AS value, count(*) AS n FROM s WHERE ${k} IS NOT NULL GROUP BY ${k} ORDER BY n DESC, value LIMIT ${FACET_LIMIT}`));
  // The sample's ids first (often from an index alone), then only those claims are read.
  const sql = `WITH ids AS MATERIALIZED (SELECT c.id AS id FROM ${src.from} WHERE ${src.where.sql} ORDER BY ${src.order} LIMIT ${FACET_SAMPLE}), `
    + `s AS MATERIALIZED (SELECT ${keys.map((k) => `${COLUMNS[k]} AS ${k}`).join(", ")} FROM Claim c WHERE c.id IN (SELECT id FROM ids)) `
    + [...groups, "SELECT '_rows' AS facet, NULL AS value, count(*) AS n FROM s"].join(" UNION ALL ");
  const counts: Counts = {};
  const seen = collect(await prisma.$queryRawUnsafe<Row[]>(sql, ...src.where.params), counts);
  return { counts, sampled: seen >= FACET_SAMPLE };
}

export async function getClaimFacets(filters: ClaimFilters): Promise<Facets> {
  // Each facet counts under the filters without its own selection. Those the rollup can answer
  // share one statement; the rest share one sampled read per distinct set of filters (the
  // inactive ones under all filters, each active one without its own selection).
  const scoped = FACET_KEYS.map((key) => ({ key, filters: isActive(filters, key) ? without(filters, key) : filters }));
  const exact = scoped.filter((j) => rollupWhere(j.filters));
  const rest = scoped.filter((j) => !rollupWhere(j.filters));
  const shared = rest.filter((j) => !isActive(filters, j.key)).map((j) => j.key);
  const own = rest.filter((j) => isActive(filters, j.key));
  const [fromRollup, sharedSample, ...ownSamples] = await Promise.all([
    rollupFacets(exact),
    sampledFacets(filters, shared),
    ...own.map((j) => sampledFacets(j.filters, [j.key])),
  ]);
  const merged: Counts = { ...fromRollup, ...sharedSample.counts };
  own.forEach((j, i) => { merged[j.key] = ownSamples[i].counts[j.key]; });
  const samples = [sharedSample, ...ownSamples];
  const atLeast = [...shared.filter(() => sharedSample.sampled), ...own.filter((_, i) => ownSamples[i].sampled).map((j) => j.key)];
  const plain = (k: FacetKey): FacetValue[] => (merged[k] ?? []).flatMap((v) => (v.value === "" ? [] : [{ value: String(v.value), count: v.count }]));
  return {
    side: plain("side"), claimant: plain("claimant"), outlet: plain("outlet"), metric: plain("metric"),
    location: plain("location"), period: plain("period"), year: plain("year").sort((a, b) => b.value.localeCompare(a.value)),
    sampled: samples.some((r) => r.sampled),
    atLeast,
  };
}

// The year a from/to pair selects, when it is exactly one calendar year.
export function selectedYear(filters: Pick<ClaimFilters, "from" | "to">): string | null {
  const m = filters.from?.match(/^(\d{4})-01-01$/);
  return m && filters.to === `${m[1]}-12-31` ? m[1] : null;
}
