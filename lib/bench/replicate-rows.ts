// Grows an ingested benchmark database to the target size by copying its articles (with their
// claims and mentions) under new ids, hashes and later dates. Used when the machine is too busy
// to extract every article in the time available: ingest speed is measured on the articles that
// went through the real path, and query and export figures on the full-size tables.
import Database from "better-sqlite3";
import { rebuildFacetCounts } from "@/lib/db/facet-counts";
import { indexClaimSentences } from "@/lib/db/sentence-index";

export function replicateArticles(file: string, targetArticles: number): { copies: number; seconds: number } {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const max = (table: string) => (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM "${table}"`).get() as { n: number }).n;
  const A = max("Article");
  const C = max("Claim");
  const M = max("Mention");
  const copies = Math.max(0, Math.ceil(targetArticles / Math.max(1, A)) - 1);
  const shift = (col: string, k: number) => `CASE WHEN ${col} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S.000+00:00', substr(${col}, 1, 19), '+${k * 41} days') END`;
  const t = performance.now();
  db.transaction(() => {
    for (let k = 1; k <= copies; k++) {
      const limit = Math.min(A, targetArticles - k * A);
      if (limit <= 0) break;
      db.exec(`INSERT INTO "Article" (id, title, "outletId", "publishedAt", text, original, format, "contentHash", source, "ingestedAt", "extractorVersion")
        SELECT id + ${k * A}, title, "outletId", ${shift('"publishedAt"', k)}, text, original, format, "contentHash" || '-copy${k}', source || '#copy${k}', "ingestedAt", "extractorVersion"
        FROM "Article" WHERE id <= ${limit}`);
      db.exec(`INSERT INTO "Claim" (id, "articleId", value, "valueMax", qualifier, unit, metric, "claimantId", side, "actorSide", period, location, sentence, start, "end", cue, speaker, "outletId", date)
        SELECT id + ${k * C}, "articleId" + ${k * A}, value, "valueMax", qualifier, unit, metric, "claimantId", side, "actorSide", period, location, sentence, start, "end", cue, speaker, "outletId", ${shift("date", k)}
        FROM "Claim" WHERE id <= ${C} AND "articleId" <= ${limit}`);
      db.exec(`INSERT INTO "Mention" (id, "claimId", start, "end", sentence)
        SELECT m.id + ${k * M}, m."claimId" + ${k * C}, m.start, m."end", m.sentence FROM "Mention" m JOIN "Claim" c ON c.id = m."claimId"
        WHERE m.id <= ${M} AND c."articleId" <= ${limit}`);
    }
    // The copies bypass the ingest writer, which indexes sentences and keeps the facet counts on insert.
    indexClaimSentences(db, C);
  })();
  rebuildFacetCounts(db);
  db.pragma("optimize");
  db.close();
  return { copies, seconds: (performance.now() - t) / 1000 };
}
