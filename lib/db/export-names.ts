import "server-only";
import type Database from "better-sqlite3";
import type { RawExportRow } from "@/lib/export/claim-export-row";
import type { CsvNames } from "@/lib/export/csv-line";

// Names and titles beside the export's statements (buildExportSql, buildCsvExportSql): they return
// the claimant's and outlet's ids and no title, filled in here from small caches. Shared by the
// export on the request's thread and its worker (./export-worker).

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
export function withNames(db: Database.Database, rows: IterableIterator<unknown[]>): IterableIterator<RawExportRow> {
  const { claimant, outlet, title } = csvNames(db);
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

// The claimant, outlet and article-title lookups, each cached (a few hundred claimants, a few
// dozen outlets; an article's claims are mostly consecutive in an export's order). A missing
// title reads as empty, as its cell does.
export function csvNames(db: Database.Database): CsvNames {
  const claimant = cachedLookup(db.prepare("SELECT name FROM Claimant WHERE id = ?").pluck(), 100_000);
  const outlet = cachedLookup(db.prepare("SELECT name FROM Outlet WHERE id = ?").pluck(), 100_000);
  const title = cachedLookup(db.prepare("SELECT title FROM Article WHERE id = ?").pluck(), 20_000);
  return { claimant, outlet, title: (id) => title(id) ?? "" };
}
