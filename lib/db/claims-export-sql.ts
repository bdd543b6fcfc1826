import "server-only";
import Database from "better-sqlite3";
import type { ClaimFilters, SortKey } from "@/lib/filters/claim-filters";
import { rawToExportable, type RawExportRow, type ExportableClaim } from "@/lib/export/claim-export-row";
import { EXPORT_BATCH_SIZE } from "@/lib/export/export-limits";
import { buildClaimWhereSql } from "./claim-where-sql";
import { resolveDatabaseFile } from "./client";

// Exports read every filtered row in one ordered SQL pass on a read-only connection, as raw
// arrays (no object per row) in the export's column order, so a CSV line is a join of cells.
// The order is the page's: the sort key, then id, with SQLite's NULL placement (NULLs first
// ascending, last descending), which is also what Prisma's orderBy gives on SQLite.
const ORDER: Record<SortKey, { column: string; join: string }> = {
  date: { column: "c.date", join: "" },
  value: { column: "c.value", join: "" },
  metric: { column: "c.metric", join: "" },
  side: { column: "c.side", join: "" },
  claimant: { column: "cl.name", join: "LEFT JOIN Claimant cl ON cl.id = c.claimantId" },
  outlet: { column: "o.name", join: "LEFT JOIN Outlet o ON o.id = c.outletId" },
};

// The link's mention is the claim's first by position (then by id), as on the page: one seek in
// the (claimId, start) index, which holds the mention ids in that order.
const FIRST_MENTION = "(SELECT m.id FROM Mention m WHERE m.claimId = c.id ORDER BY m.start, m.id LIMIT 1)";

// The statement returns the claimant's and outlet's ids where the export shows their names, and
// no article title: openClaimsExport fills those in from small caches (a few hundred claimants,
// a few dozen outlets; an article's claims are mostly consecutive in the export's order). Joined
// per row they cost about 2 µs of a row's 8 at a million rows.
export function buildExportSql(filters: ClaimFilters): { sql: string; params: Array<string | number> } {
  const where = buildClaimWhereSql(filters);
  const dir = filters.dir === "asc" ? "ASC" : "DESC";
  const order = ORDER[filters.sort];
  const sql = `SELECT c.id, c.value, c.valueMax, c.qualifier, c.unit, c.metric, c.claimantId, c.side, c.actorSide, c.period,
      c.location, c.sentence, NULL, c.outletId, c.date, c.articleId, ${FIRST_MENTION}
    FROM Claim c ${order.join}
    WHERE ${where.sql} ORDER BY ${order.column} ${dir}, c.id ${dir} LIMIT ?`;
  return { sql, params: where.params };
}

// Looks a name up by id, once per id (bounded: a table could be large).
function cachedLookup(statement: Database.Statement, limit: number): (id: number | null) => string | null {
  const cache = new Map<number, string | null>();
  let lastId: number | null = null;
  let last: string | null = null;
  return (id) => {
    if (id === null) return null;
    if (id === lastId) return last;
    let value = cache.get(id);
    if (value === undefined) {
      value = (statement.get(id) as string | undefined) ?? null;
      if (cache.size >= limit) cache.clear();
      cache.set(id, value);
    }
    lastId = id;
    last = value;
    return value;
  };
}

// Raw rows of buildExportSql's statement as RawExportRow: names and titles in place of ids.
function withNames(db: Database.Database, rows: IterableIterator<unknown[]>): IterableIterator<RawExportRow> {
  const claimant = cachedLookup(db.prepare("SELECT name FROM Claimant WHERE id = ?").pluck(), 100_000);
  const outlet = cachedLookup(db.prepare("SELECT name FROM Outlet WHERE id = ?").pluck(), 100_000);
  const title = cachedLookup(db.prepare("SELECT title FROM Article WHERE id = ?").pluck(), 20_000);
  const named: IterableIterator<RawExportRow> = {
    next() {
      const next = rows.next();
      if (next.done) return next;
      const r = next.value;
      r[6] = claimant(r[6] as number | null);
      r[12] = title(r[15] as number);
      r[13] = outlet(r[13] as number | null);
      return { done: false, value: r as RawExportRow };
    },
    return(value?: unknown) {
      rows.return?.();
      return { done: true, value };
    },
    [Symbol.iterator]() {
      return named;
    },
  };
  return named;
}

export interface ClaimsExport {
  /** Matching rows in the database, whatever the limit. */
  total: number;
  /** Rows the iterator yields: min(total, limit). */
  exported: number;
  rows: IterableIterator<RawExportRow>;
  close(): void;
}

// Opens an export: the count and the rows come from one read transaction (one WAL snapshot),
// so the total a client is told is exactly what the body holds, even while an ingest commits.
// Counting stops at limit + 1 rows; only an export that is cut short counts the rest, so an
// export under the cap pays one bounded count (about 3% of streaming it at a million rows).
// The caller must close() it; the rows are stepped lazily, one at a time.
export function openClaimsExport(filters: ClaimFilters, limit: number): ClaimsExport {
  const db = new Database(resolveDatabaseFile(), { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.exec("BEGIN");
    const where = buildClaimWhereSql(filters);
    const count = (cap: number | null) =>
      db.prepare(`SELECT count(*) FROM (SELECT 1 FROM Claim c WHERE ${where.sql}${cap === null ? "" : ` LIMIT ${cap}`})`).pluck().get(...where.params) as number;
    let total = count(limit + 1);
    if (total > limit) total = count(null);
    const { sql, params } = buildExportSql(filters);
    const rows = withNames(db, db.prepare(sql).raw().iterate(...params, limit) as IterableIterator<unknown[]>);
    return {
      total, exported: Math.min(total, limit), rows,
      close: () => {
        rows.return?.();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

// The same rows as ExportableClaim batches (the shape of the page's rows), for callers that
// want objects; the HTTP exports format raw rows directly.
export async function* iterateClaimsForExport(filters: ClaimFilters, options: { batchSize?: number; limit?: number } = {}): AsyncGenerator<ExportableClaim[]> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const source = openClaimsExport(filters, options.limit ?? 1_000_000);
  try {
    let batch: ExportableClaim[] = [];
    for (const row of source.rows) {
      batch.push(rawToExportable(row));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    source.close();
  }
}
