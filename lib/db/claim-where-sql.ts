import "server-only";
import type { ClaimFilters } from "@/lib/filters/claim-filters";

// The same filter as buildClaimWhere, as SQL for the two queries Prisma cannot bound: facet
// counts and the total are read over at most N matching rows (`… LIMIT N` in a subquery), so
// their cost stays flat however large the filtered set is. Kept in step with claim-where.ts by
// claim-where-sql.test.ts, which checks both select the same rows.
export interface SqlWhere { sql: string; params: Array<string | number> }

const list = (values: ReadonlyArray<string | number>) => values.map(() => "?").join(", ");

// The FTS5 query for a sentence search (ClaimSentenceFts, a unicode61 word index): the query's
// words as a phrase, in order, the last one also matching as a word start ("Russian Defen" finds
// "Russian Defence Ministry", "civilian" finds "civilians"). Short or numeric last words match
// whole words only: "US" should not find "used", nor "300" "3,000". Case and diacritics are
// folded. Null when q has no letters or digits; LIKE serves that.
export function ftsPhrase(q: string | undefined): string | null {
  const words = q?.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const last = words[words.length - 1];
  const prefix = [...last].length >= 3 && !/^\p{N}+$/u.test(last);
  return `"${words.join(" ")}"${prefix ? " *" : ""}`;
}

// Where bounded reads (capped counts, facet samples) take their rows from, newest claim first.
// With an indexed search the FTS match drives the read as a stream (CROSS JOIN keeps it the
// outer loop), so `LIMIT n` stops after n matches instead of first collecting every matching id;
// joining the other way round makes SQLite re-run the MATCH per claim (seconds).
export function newestClaimsSource(f: ClaimFilters): { from: string; where: SqlWhere; order: string } {
  const phrase = ftsPhrase(f.q);
  if (!phrase) return { from: "Claim c", where: buildClaimWhereSql(f), order: "c.id DESC" };
  const rest = buildClaimWhereSql({ ...f, q: undefined });
  return {
    from: "(SELECT rowid AS id FROM ClaimSentenceFts WHERE ClaimSentenceFts MATCH ? ORDER BY rowid DESC) f CROSS JOIN Claim c ON c.id = f.id",
    where: { sql: rest.sql, params: [phrase, ...rest.params] },
    order: "f.id DESC",
  };
}

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
  // Words through the FTS index (see ftsPhrase); LIKE only for a query of punctuation alone.
  const phrase = ftsPhrase(f.q);
  if (phrase) { parts.push(`c.id IN (SELECT rowid FROM ClaimSentenceFts WHERE ClaimSentenceFts MATCH ?)`); params.push(phrase); }
  else if (f.q) { parts.push(`c.sentence LIKE ('%' || ? || '%')`); params.push(f.q); }
  // Dates are stored as ISO text with a +00:00 offset by the driver adapter.
  if (f.from) { parts.push("c.date >= ?"); params.push(`${f.from}T00:00:00.000+00:00`); }
  if (f.to) { parts.push("c.date <= ?"); params.push(`${f.to}T23:59:59.999+00:00`); }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}
