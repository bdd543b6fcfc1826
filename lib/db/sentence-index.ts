import "server-only";
import type Database from "better-sqlite3";

// ClaimSentenceFts (migration claim_counts_by_writer_word_search) indexes each claim's sentence.
// Deletes and updates of claims keep it through triggers; inserts are indexed here, one
// statement per transaction, by whoever inserts (migration claim_sentences_indexed_by_writer).
// Why not an insert trigger: FTS5 writes its pending terms out as a new segment at every
// statement savepoint, and every claim and mention insert opens one (NOT NULL and foreign-key
// checks may abort), so a trigger flushed a one-claim segment per claim and merged them
// again: ~60 µs per claim, 40% of the ingest's storage time. One INSERT … SELECT keeps a whole
// transaction's sentences in memory and writes them as one segment at commit (~4 µs per claim).

// Prepared once per connection: a writer runs both in every transaction it commits.
const prepared = new WeakMap<Database.Database, { index: Database.Statement<[number]>; last: Database.Statement<[]> }>();

function statementsFor(db: Database.Database) {
  let st = prepared.get(db);
  if (!st) {
    st = {
      index: db.prepare('INSERT INTO "ClaimSentenceFts" (rowid, sentence) SELECT id, sentence FROM "Claim" WHERE id > ? ORDER BY id'),
      last: db.prepare('SELECT coalesce(max(id), 0) FROM "Claim"').pluck(),
    };
    prepared.set(db, st);
  }
  return st;
}

/** Indexes the sentences of the claims with ids above `afterId` (inside the inserting transaction). */
export function indexClaimSentences(db: Database.Database, afterId: number): void {
  statementsFor(db).index.run(afterId);
}

/** The highest claim id so far (0 when none): what indexClaimSentences starts after. */
export function lastClaimId(db: Database.Database): number {
  return statementsFor(db).last.get() as number;
}

/** Re-indexes every claim's sentence: for claims inserted by SQL in bulk (test fixtures) and as a repair. */
export function rebuildSentenceIndex(db: Database.Database): void {
  db.exec(`INSERT INTO "ClaimSentenceFts" ("ClaimSentenceFts") VALUES ('rebuild')`);
}
