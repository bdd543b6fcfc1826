import "server-only";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import type { SqlWhere } from "./claim-where-sql";

// The ClaimFacetCount rollup (prisma/schema.prisma) answers counts under filters made only of
// side, metric and whole calendar years: the common explorer views (everything, one side, one
// metric, a year) get exact facets and totals from a few thousand rows instead of a million.

export const FACET_KEYS = ["side", "claimant", "outlet", "metric", "location", "period", "year"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

const YEAR_START = /^(\d{4})-01-01$/;
const YEAR_END = /^(\d{4})-12-31$/;

// The rollup's WHERE (alias r) for these filters, or null when they need the claims themselves.
export function rollupWhere(f: ClaimFilters): SqlWhere | null {
  const outside = f.actor.length || f.claimant.length || f.outlet.length || f.location.length || f.period.length || f.article.length || f.q;
  if (outside) return null;
  const from = f.from ? YEAR_START.exec(f.from)?.[1] : undefined;
  const to = f.to ? YEAR_END.exec(f.to)?.[1] : undefined;
  // A date bound inside a year cannot be read from yearly counts.
  if ((f.from && !from) || (f.to && !to)) return null;
  const parts: string[] = [];
  const params: Array<string | number> = [];
  if (f.side.length) { parts.push(`r.side IN (${f.side.map(() => "?").join(", ")})`); params.push(...f.side); }
  if (f.metric.length) { parts.push(`r.metric IN (${f.metric.map(() => "?").join(", ")})`); params.push(...f.metric); }
  // Undated claims have year "" and fail any date bound, as they fail c.date >= ? in SQL.
  if (from) { parts.push("r.year >= ?"); params.push(from); }
  if (to) { parts.push("r.year <= ? AND r.year <> ''"); params.push(to); }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}

// The exact number of claims under rollup-answerable filters (every claim has one side row).
export function rollupTotalSql(where: SqlWhere): SqlWhere {
  return { sql: `SELECT coalesce(sum(n), 0) AS n FROM ClaimFacetCount r WHERE r.facet = 'side' AND ${where.sql}`, params: where.params };
}
