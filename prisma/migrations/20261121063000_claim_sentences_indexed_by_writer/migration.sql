-- Claim sentences are added to the search index by whoever inserts claims, one INSERT … SELECT
-- per transaction (lib/db/sentence-index.ts), not by a trigger per claim. FTS5 writes its
-- pending terms out as a new segment at every statement savepoint, and each claim and mention
-- insert opens one, so the trigger wrote (and then merged) a one-sentence segment per claim:
-- measured on 20,000 articles stored in batches of 2,000, 1.50 ms per article with the trigger,
-- 0.90 without it and the batch indexed at once, 0.86 with no search index at all.
-- Deletes and updates keep their triggers (Claim_fts_delete, Claim_fts_update): they are rare
-- and must never be forgotten. Claims inserted any other way call rebuildSentenceIndex or
-- indexClaimSentences.
DROP TRIGGER "Claim_fts_insert";
