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
const ORDER_COLUMN: Record<SortKey, string> = {
  date: "c.date", value: "c.value", metric: "c.metric", side: "c.side", claimant: "cl.name", outlet: "o.name",
};

// The link's mention is the claim's first by position, as on the page. Nearly every claim has
// exactly one mention: the first branch answers those from the claimId index alone (no row
// read, no sort per claim), the second orders the rest by start; about 1.5 µs a row saved.
const FIRST_MENTION = `coalesce(
      (SELECT min(m1.id) FROM Mention m1 WHERE m1.claimId = c.id HAVING count(*) = 1),
      (SELECT m.id FROM Mention m WHERE m.claimId = c.id ORDER BY m.start LIMIT 1))`;

export function buildExportSql(filters: ClaimFilters): { sql: string; params: Array<string | number> } {
  const where = buildClaimWhereSql(filters);
  const dir = filters.dir === "asc" ? "ASC" : "DESC";
  const sql = `SELECT c.id, c.value, c.valueMax, c.qualifier, c.unit, c.metric, cl.name, c.side, c.actorSide, c.period,
      c.location, c.sentence, a.title, o.name, c.date, c.articleId, ${FIRST_MENTION}
    FROM Claim c JOIN Article a ON a.id = c.articleId
    LEFT JOIN Claimant cl ON cl.id = c.claimantId LEFT JOIN Outlet o ON o.id = c.outletId
    WHERE ${where.sql} ORDER BY ${ORDER_COLUMN[filters.sort]} ${dir}, c.id ${dir} LIMIT ?`;
  return { sql, params: where.params };
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
    const rows = db.prepare(sql).raw().iterate(...params, limit) as IterableIterator<RawExportRow>;
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
