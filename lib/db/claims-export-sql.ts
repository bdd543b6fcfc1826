import "server-only";
import Database from "better-sqlite3";
import type { ClaimFilters, SortKey } from "@/lib/filters/claim-filters";
import { rawToExportable, type RawExportRow, type ExportableClaim } from "@/lib/export/claim-export-row";
import type { CsvExportRow } from "@/lib/export/csv-line";
import { EXPORT_BATCH_SIZE } from "@/lib/export/export-limits";
import { buildClaimWhereSql } from "./claim-where-sql";
import { resolveDatabaseFile } from "./client";
import { withNames } from "./export-names";

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

// The link's mention is the claim's first by position (then by id), as on the page: kept on
// the claim by triggers (migration claim_first_mention).
// The statement returns the claimant's and outlet's ids where the export shows their names, and
// no article title: withNames (./export-names) fills those in from small caches (a few hundred claimants,
// a few dozen outlets; an article's claims are mostly consecutive in the export's order). Joined
// per row they cost about 2 µs of a row's 8 at a million rows.
export function buildExportSql(filters: ClaimFilters): { sql: string; params: Array<string | number> } {
  const where = buildClaimWhereSql(filters);
  const dir = filters.dir === "asc" ? "ASC" : "DESC";
  const order = ORDER[filters.sort];
  const sql = `SELECT c.id, c.value, c.valueMax, c.qualifier, c.unit, c.metric, c.claimantId, c.side, c.actorSide, c.period,
      c.location, c.sentence, NULL, c.outletId, c.date, c.articleId, c.firstMentionId
    FROM Claim c ${order.join}
    WHERE ${where.sql} ORDER BY ${order.column} ${dir}, c.id ${dir} LIMIT ? OFFSET ?`;
  return { sql, params: where.params };
}

// The CSV export's statement: the same rows in the same order, with the low-cardinality columns
// joined into one string (CsvExportRow), since SQLite's cost per value returned dominates a row.
export function buildCsvExportSql(filters: ClaimFilters): { sql: string; params: Array<string | number> } {
  const where = buildClaimWhereSql(filters);
  const dir = filters.dir === "asc" ? "ASC" : "DESC";
  const order = ORDER[filters.sort];
  const sep = "char(31)";
  const codes = `c.qualifier || ${sep} || c.metric || ${sep} || ifnull(c.claimantId, '') || ${sep} || c.side || ${sep} || ifnull(c.actorSide, '') || ${sep} || ifnull(c.period, '')`;
  const sql = `SELECT c.id, c.value, c.valueMax, ${codes}, c.unit, c.location, c.sentence, c.outletId, c.date, c.articleId, c.firstMentionId
    FROM Claim c ${order.join}
    WHERE ${where.sql} ORDER BY ${order.column} ${dir}, c.id ${dir} LIMIT ? OFFSET ?`;
  return { sql, params: where.params };
}

// Rows [offset, offset + count) of the CSV statement, stepped lazily.
export function iterateCsvExportRows(db: Database.Database, filters: ClaimFilters, count: number, offset = 0): IterableIterator<CsvExportRow> {
  const { sql, params } = buildCsvExportSql(filters);
  return db.prepare(sql).raw().iterate(...params, count, offset) as IterableIterator<CsvExportRow>;
}

export interface ClaimsExport {
  /** Matching rows in the database, whatever the limit. */
  total: number;
  /** Rows the iterator yields: min(total, limit). */
  exported: number;
  rows: IterableIterator<RawExportRow>;
  close(): void;
}

// A read-only connection for an export, in a read transaction that is not yet pinned to a
// snapshot: SQLite pins it at the transaction's first read.
export function openExportReader(file = resolveDatabaseFile()): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 10000");
  db.exec("BEGIN");
  return db;
}

// Matching rows, counted up to `cap` (null: all). Counting stops at cap rows, so an export
// under its limit pays one bounded count (about 3% of streaming it at a million rows).
export function countExportRows(db: Database.Database, filters: ClaimFilters, cap: number | null): number {
  const where = buildClaimWhereSql(filters);
  return db.prepare(`SELECT count(*) FROM (SELECT 1 FROM Claim c WHERE ${where.sql}${cap === null ? "" : ` LIMIT ${cap}`})`).pluck().get(...where.params) as number;
}

// The total an export reports: exact, also past the limit; only an export cut short counts on.
export function countForExport(db: Database.Database, filters: ClaimFilters, limit: number): number {
  const total = countExportRows(db, filters, limit + 1);
  return total > limit ? countExportRows(db, filters, null) : total;
}

// Rows [offset, offset + count) of the export's order, stepped lazily, names filled in. SQLite
// skips an offset without computing its rows' columns (522k rows skipped in 0.06 s unfiltered).
export function iterateExportRows(db: Database.Database, filters: ClaimFilters, count: number, offset = 0): IterableIterator<RawExportRow> {
  const { sql, params } = buildExportSql(filters);
  return withNames(db, db.prepare(sql).raw().iterate(...params, count, offset) as IterableIterator<unknown[]>);
}

// Opens an export: the count and the rows come from one read transaction (one WAL snapshot),
// so the total a client is told is exactly what the body holds, even while an ingest commits.
// The caller must close() it; the rows are stepped lazily, one at a time.
export function openClaimsExport(filters: ClaimFilters, limit: number): ClaimsExport {
  const db = openExportReader();
  try {
    const total = countForExport(db, filters, limit);
    const rows = iterateExportRows(db, filters, limit);
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
