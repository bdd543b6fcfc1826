// Ingest throughput (read + parse + extract + store through ingestPaths, as `npm run ingest`
// does) next to its floor: the same rows copied by bare better-sqlite3 prepared inserts in
// one transaction, which is what storage alone costs.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { generateArticle } from "@/lib/corpus/generate-corpus";
import { indexClaimSentences } from "@/lib/db/sentence-index";
import { WRITER_CACHE_SIZE } from "@/lib/db/sqlite-writer";
import { ingestPaths } from "@/lib/db/ingest-paths";
import { createTempDatabase, type TempDatabase } from "./temp-database";

export function writeCorpus(dir: string, count: number): { seconds: number; bytes: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const t = performance.now();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = generateArticle(i);
    fs.writeFileSync(path.join(dir, a.fileName), a.text);
    bytes += a.text.length;
  }
  return { seconds: (performance.now() - t) / 1000, bytes };
}

export interface IngestFigures { articles: number; claims: number; failed: number; seconds: number; perSecond: number }

export async function benchIngest(dir: string): Promise<IngestFigures> {
  const t = performance.now();
  let last = t;
  const report = await ingestPaths([dir], (done, total) => {
    const now = performance.now();
    if (now - last > 10_000) {
      last = now;
      console.error(`  ingest ${done}/${total} (${Math.round(done / ((now - t) / 1000))} articles/s)`);
    }
  });
  const seconds = (performance.now() - t) / 1000;
  for (const f of report.failed.slice(0, 5)) console.error(`  failed: ${f.file}: ${f.reason}`);
  const articles = report.added.length + report.unchanged.length;
  return { articles, claims: report.added.reduce((n, a) => n + a.claims, 0), failed: report.failed.length, seconds, perSecond: articles / seconds };
}

const TABLES: Record<string, string[]> = {
  Outlet: ["id", "name", "domain"],
  Claimant: ["id", "name", "side", "kind"],
  ClaimantAlias: ["id", "claimantId", "alias"],
  Article: ["id", "title", "outletId", "publishedAt", "text", "original", "format", "contentHash", "source", "ingestedAt", "extractorVersion"],
  Claim: ["id", "articleId", "value", "valueMax", "qualifier", "unit", "metric", "claimantId", "side", "actorSide", "period", "location", "sentence", "start", "end", "cue", "speaker", "outletId", "date"],
  Mention: ["id", "claimId", "start", "end", "sentence"],
};

// The floor: every row the ingest wrote, inserted again into an empty migrated database by
// prepared statements in a single transaction, with the sentence index added at its end as the
// writer adds it. Rows are read from the ingested file in chunks
// (a million claims do not fit in memory at once) and only the inserts and commit are timed.
export function benchInsertFloor(sourceFile: string): { seconds: number; articlesPerSecond: number; rows: number; db: TempDatabase } {
  const target = createTempDatabase("bench-floor");
  const src = new Database(sourceFile, { readonly: true });
  const db = new Database(target.file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // The writer's page cache, so the floor stores with what the writer stores with.
  db.pragma(`cache_size = ${WRITER_CACHE_SIZE}`);
  let insertMs = 0;
  let rows = 0;
  let articles = 0;
  db.exec("BEGIN");
  for (const [table, cols] of Object.entries(TABLES)) {
    const quoted = cols.map((c) => `"${c}"`).join(", ");
    const insert = db.prepare(`INSERT INTO "${table}" (${quoted}) VALUES (${cols.map(() => "?").join(", ")})`);
    const read = src.prepare(`SELECT ${quoted} FROM "${table}" WHERE id > ? ORDER BY id LIMIT 20000`).raw();
    for (let after = 0; ; ) {
      const chunk = read.all(after) as unknown[][];
      if (chunk.length === 0) break;
      const t = performance.now();
      for (const row of chunk) insert.run(row);
      insertMs += performance.now() - t;
      rows += chunk.length;
      if (table === "Article") articles += chunk.length;
      after = chunk[chunk.length - 1][0] as number;
    }
  }
  // The sentence index, as the writer adds it (one statement for the whole transaction).
  const t = performance.now();
  indexClaimSentences(db, 0);
  db.exec("COMMIT");
  insertMs += performance.now() - t;
  src.close();
  db.close();
  const seconds = insertMs / 1000;
  return { seconds, articlesPerSecond: articles / seconds, rows, db: target };
}
