import "server-only";
import Database from "better-sqlite3";
import { resolveDatabaseFile } from "./client";

// Reads that return thousands of rows (the comparison's pool of up to 5,000 claims) go through
// one read-only better-sqlite3 connection instead of Prisma's raw queries: Prisma converts every
// cell of a raw result through its driver adapter, which cost more than the SQL itself at a million
// claims (bench: 60 ms p50 against a 34 ms bare query). Writes and small reads stay on Prisma.
// The connection is read-only and autocommit, so each statement reads the newest committed
// snapshot, as a Prisma read does (WAL: an ingest never blocks it).

type ReadListener = (sql: string, params: readonly unknown[]) => void;

interface ReaderCache { file: string; db: Database.Database; statements: Map<string, Database.Statement> }
const globalForReader = globalThis as unknown as { counterclaimReader?: ReaderCache; counterclaimReadListener?: ReadListener };

// Statements are few and built from a fixed set of shapes, but a filter's IN list varies in
// length; the cache is bounded so odd shapes cannot grow it without end.
const STATEMENT_CACHE = 200;

function reader(): ReaderCache {
  const file = resolveDatabaseFile();
  const cached = globalForReader.counterclaimReader;
  if (cached && cached.file === file && cached.db.open) return cached;
  if (cached?.db.open) cached.db.close();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 10000");
  const fresh = { file, db, statements: new Map<string, Database.Statement>() };
  globalForReader.counterclaimReader = fresh;
  return fresh;
}

function prepared(sql: string): Database.Statement {
  const r = reader();
  let statement = r.statements.get(sql);
  if (!statement) {
    statement = r.db.prepare(sql);
    if (r.statements.size >= STATEMENT_CACHE) r.statements.clear();
    r.statements.set(sql, statement);
  }
  return statement;
}

/** Rows of a read-only statement, as objects keyed by column name. */
export function readRows<T>(sql: string, params: readonly unknown[] = []): T[] {
  globalForReader.counterclaimReadListener?.(sql, params);
  return prepared(sql).all(...params) as T[];
}

/** The benchmark's hook: every statement readRows runs, with its parameters (null: none). */
export function listenToReads(listener: ReadListener | null): void {
  globalForReader.counterclaimReadListener = listener ?? undefined;
}

/** Closes the shared read connection (tests that replace the database file). */
export function closeReadConnection(): void {
  const cached = globalForReader.counterclaimReader;
  if (cached?.db.open) cached.db.close();
  globalForReader.counterclaimReader = undefined;
}
