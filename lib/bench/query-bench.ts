// Server time of the explorer's and comparison page's data loading through the lib/db
// functions, next to the bare SQL they run. Prisma's query events give each statement and its
// parameters, and lib/db's own read connection reports the statements it runs (recordQuery); the
// same statements are then run one after another on a plain better-sqlite3 connection, which is
// what the database work alone costs.
import Database from "better-sqlite3";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface CapturedQuery { query: string; params: unknown[] }
export interface QueryCase { name: string; run: () => Promise<unknown> }
export interface QueryFigures { name: string; p50: number; p95: number; bareP50: number; bareP95: number; statements: number; error?: string }

const captured: CapturedQuery[] = [];

// Subscribes to the client's query events (it must be created with log: query as "event").
export function captureQueries(client: PrismaClient): void {
  (client as unknown as { $on: (e: "query", cb: (ev: { query: string; params: string }) => void) => void }).$on("query", (ev) => {
    captured.push({ query: ev.query, params: JSON.parse(ev.params) as unknown[] });
  });
}

// For statements that do not go through Prisma (lib/db/read-connection's listener).
export function recordQuery(query: string, params: readonly unknown[]): void {
  captured.push({ query, params: [...params] });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function runBare(db: Database.Database, queries: CapturedQuery[]): number {
  const t = performance.now();
  for (const q of queries) {
    // Prisma may wrap reads in BEGIN/COMMIT; only the statements that return rows are work.
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(q.query)) continue;
    db.prepare(q.query).raw().all(...(q.params as unknown[]));
  }
  return performance.now() - t;
}

export async function benchQueries(dbFile: string, cases: QueryCase[], repeats: number, onResult?: (q: QueryFigures) => void): Promise<QueryFigures[]> {
  const db = new Database(dbFile, { readonly: true });
  const out: QueryFigures[] = [];
  for (const c of cases) {
    try {
      await c.run(); // warm caches and Prisma's query plan cache
    } catch (error) {
      // A failing query at this size is a finding to print, not a reason to stop the run.
      const message = error instanceof Error ? error.message.trim().split("\n").pop()! : String(error);
      out.push({ name: c.name, p50: NaN, p95: NaN, bareP50: NaN, bareP95: NaN, statements: 0, error: message });
      onResult?.(out[out.length - 1]);
      continue;
    }
    const lib: number[] = [];
    const bare: number[] = [];
    let statements = 0;
    for (let i = 0; i < repeats; i++) {
      captured.length = 0;
      const t = performance.now();
      await c.run();
      lib.push(performance.now() - t);
      const queries = [...captured];
      statements = queries.length;
      bare.push(runBare(db, queries));
    }
    out.push({ name: c.name, p50: percentile(lib, 50), p95: percentile(lib, 95), bareP50: percentile(bare, 50), bareP95: percentile(bare, 95), statements });
    onResult?.(out[out.length - 1]);
  }
  db.close();
  return out;
}
