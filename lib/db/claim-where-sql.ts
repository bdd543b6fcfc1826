import "server-only";
import type { ClaimFilters } from "@/lib/filters/claim-filters";

// The same filter as buildClaimWhere, as SQL for the two queries Prisma cannot bound: facet
// counts and the total are read over at most N matching rows (`… LIMIT N` in a subquery), so
// their cost stays flat however large the filtered set is. Kept in step with claim-where.ts by
// claim-where-sql.test.ts, which checks both select the same rows.
export interface SqlWhere { sql: string; params: Array<string | number> }

const list = (values: ReadonlyArray<string | number>) => values.map(() => "?").join(", ");

export function buildClaimWhereSql(f: ClaimFilters): SqlWhere {
  const parts: string[] = [];
  const params: Array<string | number> = [];
  const inList = (column: string, values: ReadonlyArray<string | number>) => {
    if (!values.length) return;
    parts.push(`${column} IN (${list(values)})`);
    params.push(...values);
  };
  inList("c.side", f.side);
  inList("c.actorSide", f.actor);
  inList("c.metric", f.metric);
  if (f.claimant.length) {
    parts.push(`c.claimantId IN (SELECT id FROM Claimant WHERE name IN (${list(f.claimant)}))`);
    params.push(...f.claimant);
  }
  if (f.outlet.length) {
    parts.push(`c.outletId IN (SELECT id FROM Outlet WHERE name IN (${list(f.outlet)}))`);
    params.push(...f.outlet);
  }
  inList("c.location", f.location);
  inList("c.period", f.period);
  inList("c.articleId", f.article);
  // Prisma's `contains` on SQLite is LIKE '%' || ? || '%' (ASCII case-insensitive); the same here.
  if (f.q) { parts.push(`c.sentence LIKE ('%' || ? || '%')`); params.push(f.q); }
  // Dates are stored as ISO text with a +00:00 offset by the driver adapter.
  if (f.from) { parts.push("c.date >= ?"); params.push(`${f.from}T00:00:00.000+00:00`); }
  if (f.to) { parts.push("c.date <= ?"); params.push(`${f.to}T23:59:59.999+00:00`); }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}
