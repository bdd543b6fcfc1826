import "server-only";
import type { ClaimFilters, SortKey } from "@/lib/filters/claim-filters";
import type { ClaimRow } from "./claims";
import { prisma } from "./client";
import { buildClaimWhereSql, ftsPhrase } from "./claim-where-sql";

// The explorer's keyset page as SQL: the ids of up to `take` rows after a position, in the
// (sort key, id) order the Prisma walk in ./claims.ts uses (claims-query.test.ts checks both walk
// the same rows). Written by hand so that the seek is a range SQLite can start an index at
// (date, (side, date), (metric, date), value): page 20,000 costs what page 1 costs, and a
// sentence search goes through the FTS index (buildClaimWhereSql).

type Dir = "asc" | "desc";
type Key = string | number | null;
export interface SqlPosition { key: Key; id: number }

// `nullIf`: the Claim column that is NULL exactly when the key is (a claimant's name is NULL only
// without a claimant), so the NULL segment is read from Claim's own indexes without the join.
// `index`: walked in key order when only coarse filters apply (see pageIndexHint).
interface KeySpec { expr: string; join: string; nullIf?: string; index?: string }
const KEYS: Record<SortKey, KeySpec> = {
  date: { expr: "c.date", join: "", nullIf: "c.date" },
  value: { expr: "c.value", join: "", index: "Claim_value_idx" },
  metric: { expr: "c.metric", join: "" },
  side: { expr: "c.side", join: "" },
  claimant: { expr: "cl.name", join: "LEFT JOIN Claimant cl ON cl.id = c.claimantId", nullIf: "c.claimantId" },
  outlet: { expr: "o.name", join: "LEFT JOIN Outlet o ON o.id = c.outletId", nullIf: "c.outletId" },
};

// Under side/metric/actor/date filters alone the matches are a large share of all claims, so
// walking the sort key's index and skipping non-matches finds a page after a few hundred rows;
// SQLite (without statistics for it) would instead read every match through the filter's index
// and sort them (2016 sorted by value: ~130,000 rows). Narrow filters (a claimant, a place, a
// search, …) keep the planner's choice: their matches are few and sorting them is cheap.
function pageIndexHint(filters: ClaimFilters, spec: KeySpec): string {
  const narrow = filters.claimant.length || filters.outlet.length || filters.location.length || filters.period.length || filters.article.length || filters.q;
  return spec.index && !narrow ? ` INDEXED BY ${spec.index}` : "";
}

// The cursor row's sort value, as stored (dates as their ISO text, so the seek compares like with like).
export async function readPosition(sort: SortKey, id: number): Promise<SqlPosition | null> {
  const k = KEYS[sort];
  const expr = sort === "date" ? "CAST(c.date AS TEXT)" : k.expr;
  const [row] = await prisma.$queryRawUnsafe<Array<{ k: Key; id: number | bigint }>>(`SELECT ${expr} AS k, c.id AS id FROM Claim c ${k.join} WHERE c.id = ?`, id);
  return row ? { key: typeof row.k === "bigint" ? Number(row.k) : row.k, id: Number(row.id) } : null;
}

// NULL sorts lowest in SQLite: first ascending, last descending. The walk is split into the
// NULL and the non-NULL segment so each is one plain index range (an OR across both would not be).
type Segment = "null" | "value";
function segments(spec: KeySpec, dir: Dir): Segment[] {
  if (!spec.nullIf) return ["value"];
  return dir === "asc" ? ["null", "value"] : ["value", "null"];
}

export interface PageQuery { sql: string; params: Array<string | number> }

// One statement per segment; exported for tests and EXPLAIN QUERY PLAN checks.
export function segmentQuery(filters: ClaimFilters, dir: Dir, segment: Segment, pos: SqlPosition | null, take: number): PageQuery {
  const spec = KEYS[filters.sort];
  const where = buildClaimWhereSql(filters);
  const parts = [where.sql];
  const params = [...where.params];
  const op = dir === "asc" ? ">" : "<";
  if (spec.nullIf) parts.push(`${spec.nullIf} IS ${segment === "null" ? "" : "NOT "}NULL`);
  if (pos && segment === "null") {
    parts.push(`c.id ${op} ?`);
    params.push(pos.id);
  } else if (pos && pos.key !== null) {
    // key op= v bounds the index range; the id breaks ties within v.
    parts.push(`${spec.expr} ${op}= ? AND (${spec.expr} ${op} ? OR c.id ${op} ?)`);
    params.push(pos.key, pos.key, pos.id);
  }
  const order = segment === "null" ? `c.id ${dir}` : `${spec.expr} ${dir}, c.id ${dir}`;
  const hint = segment === "null" ? "" : pageIndexHint(filters, spec);
  return { sql: `SELECT c.id AS id FROM Claim c${hint} ${spec.join} WHERE ${parts.join(" AND ")} ORDER BY ${order} LIMIT ${take}`, params };
}

// A search matching many claims, newest first: SQLite would read every match to sort it by date
// (a common word: 165,000 matches, over a second at a million claims). Instead the date index is
// walked over the newest WALK_SPAN claims, testing each against the matches; only when that finds
// too few (matches clustered in older years) do the older matches get read and sorted.
const WALK_SPAN = 100_000;

async function denseSearchIds(filters: ClaimFilters, pos: SqlPosition | null, take: number, span: number): Promise<number[]> {
  // One statement: the matches are collected once (m) for both halves; the date at the edge of
  // the walk is read from the date index ('' when fewer claims than the span: walk them all).
  const seek = pos && pos.key !== null ? { sql: " AND d.date <= ?", params: [pos.key] } : { sql: "", params: [] };
  const edge = `coalesce((SELECT CAST(d.date AS TEXT) FROM Claim d INDEXED BY Claim_date_idx WHERE d.date IS NOT NULL${seek.sql} ORDER BY d.date DESC LIMIT 1 OFFSET ${span}), '')`;
  const half = (bound: string) => {
    const q = segmentQuery({ ...filters, q: undefined }, "desc", "value", pos, take);
    return { sql: q.sql.replace(" ORDER BY ", ` AND c.id IN m AND ${bound} ORDER BY `), params: [...q.params, ...seek.params] };
  };
  const walk = half(`c.date >= ${edge}`);
  walk.sql = walk.sql.replace("FROM Claim c ", "FROM Claim c INDEXED BY Claim_date_idx ");
  const older = half(`c.date < ${edge}`);
  const sql = `WITH m AS MATERIALIZED (SELECT rowid AS id FROM ClaimSentenceFts WHERE ClaimSentenceFts MATCH ?)
    SELECT id FROM (${walk.sql}) UNION ALL SELECT id FROM (${older.sql}) LIMIT ${take}`;
  const rows = await prisma.$queryRawUnsafe<Array<{ id: number | bigint }>>(sql, ftsPhrase(filters.q), ...walk.params, ...older.params);
  return rows.map((r) => Number(r.id));
}

// `denseSearch`: the filters include a search known to match more than a page count's cap.
// `walkSpan` is for tests.
export async function pageIds(filters: ClaimFilters, dir: Dir, pos: SqlPosition | null, take: number, options: { denseSearch?: boolean; walkSpan?: number } = {}): Promise<number[]> {
  const spec = KEYS[filters.sort];
  let order = segments(spec, dir);
  // Start in the segment holding the cursor; earlier segments are already behind it.
  if (pos) order = order.slice(order.indexOf(spec.nullIf && pos.key === null ? "null" : "value"));
  const ids: number[] = [];
  for (const [i, segment] of order.entries()) {
    if (ids.length >= take) break;
    const from = i === 0 ? pos : null;
    if (options.denseSearch && ftsPhrase(filters.q) && filters.sort === "date" && dir === "desc" && segment === "value") {
      ids.push(...(await denseSearchIds(filters, from, take - ids.length, options.walkSpan ?? WALK_SPAN)));
      continue;
    }
    const q = segmentQuery(filters, dir, segment, from, take - ids.length);
    const rows = await prisma.$queryRawUnsafe<Array<{ id: number | bigint }>>(q.sql, ...q.params);
    ids.push(...rows.map((r) => Number(r.id)));
  }
  return ids;
}

interface RawRow {
  id: number | bigint; value: number; valueMax: number | null; qualifier: string; unit: string; metric: string; side: string; actorSide: string | null;
  period: string | null; location: string | null; sentence: string; start: number | bigint; end: number | bigint; date: string | null; articleId: number | bigint;
  claimantName: string | null; claimantSide: string | null; outletName: string | null; title: string; mentionId: number | bigint | null;
}

// A page's rows with what the table shows of their claimant, outlet, article and first mention,
// in one statement (Prisma's relation loads were five), in the order of `ids`.
export async function loadClaimRows(ids: number[]): Promise<ClaimRow[]> {
  if (!ids.length) return [];
  const rows = await prisma.$queryRawUnsafe<RawRow[]>(
    `SELECT c.id AS id, c.value AS value, c.valueMax AS valueMax, c.qualifier AS qualifier, c.unit AS unit, c.metric AS metric, c.side AS side,
       c.actorSide AS actorSide, c.period AS period, c.location AS location, c.sentence AS sentence, c.start AS start, c."end" AS "end",
       CAST(c.date AS TEXT) AS date, c.articleId AS articleId, cl.name AS claimantName, cl.side AS claimantSide, o.name AS outletName, a.title AS title,
       c.firstMentionId AS mentionId
     FROM Claim c JOIN Article a ON a.id = c.articleId LEFT JOIN Claimant cl ON cl.id = c.claimantId LEFT JOIN Outlet o ON o.id = c.outletId
     WHERE c.id IN (${ids.map(() => "?").join(",")})`,
    ...ids,
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id, value: r.value, valueMax: r.valueMax, qualifier: r.qualifier, unit: r.unit, metric: r.metric, side: r.side, actorSide: r.actorSide,
      period: r.period, location: r.location, sentence: r.sentence, start: Number(r.start), end: Number(r.end), date: r.date ? new Date(r.date) : null,
      articleId: Number(r.articleId),
      claimant: r.claimantName === null ? null : { name: r.claimantName, side: r.claimantSide ?? "" },
      outlet: r.outletName === null ? null : { name: r.outletName },
      article: { title: r.title },
      mentions: r.mentionId === null ? [] : [{ id: Number(r.mentionId) }],
    }];
  });
}
