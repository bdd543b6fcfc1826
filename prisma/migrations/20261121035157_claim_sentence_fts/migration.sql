-- Sentence search (?q=) through an FTS5 index. The trigram tokenizer, not unicode61: the
-- explorer's search has always been a substring match (LIKE '%q%', what Prisma's `contains`
-- runs), so "Alep" finds "Aleppo" and "civilian" finds "civilians". A trigram index serves
-- that same LIKE through the index (FTS5 answers LIKE on a trigram table when the pattern has a
-- run of 3+ characters), so results do not change; a word index would have changed them.
-- External content (content='Claim'): the index stores no second copy of a million sentences.
-- Not a Prisma model: Prisma does not describe virtual tables; its shadow tables are ignored
-- by `migrate diff` (checked in prisma/engine/schema-engine.test.ts).
CREATE VIRTUAL TABLE "ClaimSentenceFts" USING fts5(sentence, content='Claim', content_rowid='id', tokenize='trigram');

CREATE TRIGGER "Claim_fts_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimSentenceFts" (rowid, sentence) VALUES (NEW."id", NEW."sentence");
END;

CREATE TRIGGER "Claim_fts_delete" AFTER DELETE ON "Claim" BEGIN
  INSERT INTO "ClaimSentenceFts" ("ClaimSentenceFts", rowid, sentence) VALUES ('delete', OLD."id", OLD."sentence");
END;

CREATE TRIGGER "Claim_fts_update" AFTER UPDATE OF "sentence" ON "Claim" BEGIN
  INSERT INTO "ClaimSentenceFts" ("ClaimSentenceFts", rowid, sentence) VALUES ('delete', OLD."id", OLD."sentence");
  INSERT INTO "ClaimSentenceFts" (rowid, sentence) VALUES (NEW."id", NEW."sentence");
END;

-- Claims stored before this migration.
INSERT INTO "ClaimSentenceFts" ("ClaimSentenceFts") VALUES ('rebuild');
