-- The facet rollup as a WITHOUT ROWID table clustered by (facet, value, side, metric, year).
-- As a rowid table with a primary-key index and a covering index, every trigger upsert wrote
-- three b-trees (seven upserts per claim insert: ~70 µs of each claim's insert at a million
-- claims); clustered, one b-tree, and a facet's GROUP BY value still reads rows in order.
-- Prisma does not model WITHOUT ROWID; the columns and key match prisma/schema.prisma.
-- The triggers are recreated with their removal of emptied rows keyed like their update (it
-- scanned the whole rollup on every deleted claim).
DROP TRIGGER "Claim_facet_insert";
DROP TRIGGER "Claim_facet_delete";
DROP TRIGGER "Claim_facet_update";

-- RedefineTables
CREATE TABLE "new_ClaimFacetCount" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "year" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("facet", "value", "side", "metric", "year")
) WITHOUT ROWID;
INSERT INTO "new_ClaimFacetCount" ("facet", "value", "side", "metric", "year", "n") SELECT "facet", "value", "side", "metric", "year", "n" FROM "ClaimFacetCount";
DROP TABLE "ClaimFacetCount";
ALTER TABLE "new_ClaimFacetCount" RENAME TO "ClaimFacetCount";

CREATE TRIGGER "Claim_facet_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimFacetCount" ("facet", "value", "side", "metric", "year", "n")
  SELECT f, v, NEW."side", NEW."metric", coalesce(substr(NEW."date", 1, 4), ''), 1 FROM (
    SELECT 'side' AS f, NEW."side" AS v UNION ALL SELECT 'metric', NEW."metric"
    UNION ALL SELECT 'claimant', CAST(NEW."claimantId" AS TEXT) UNION ALL SELECT 'outlet', CAST(NEW."outletId" AS TEXT)
    UNION ALL SELECT 'location', NEW."location" UNION ALL SELECT 'period', NEW."period" UNION ALL SELECT 'year', substr(NEW."date", 1, 4)
  ) WHERE v IS NOT NULL
  ON CONFLICT ("facet", "value", "side", "metric", "year") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "Claim_facet_delete" AFTER DELETE ON "Claim" BEGIN
  UPDATE "ClaimFacetCount" SET "n" = "n" - 1
  WHERE "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '') AND (
    ("facet" = 'side' AND "value" = OLD."side") OR ("facet" = 'metric' AND "value" = OLD."metric")
    OR ("facet" = 'claimant' AND "value" = CAST(OLD."claimantId" AS TEXT)) OR ("facet" = 'outlet' AND "value" = CAST(OLD."outletId" AS TEXT))
    OR ("facet" = 'location' AND "value" = OLD."location") OR ("facet" = 'period' AND "value" = OLD."period")
    OR ("facet" = 'year' AND "value" = substr(OLD."date", 1, 4)));
  DELETE FROM "ClaimFacetCount" WHERE "n" <= 0 AND "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '') AND (
    ("facet" = 'side' AND "value" = OLD."side") OR ("facet" = 'metric' AND "value" = OLD."metric")
    OR ("facet" = 'claimant' AND "value" = CAST(OLD."claimantId" AS TEXT)) OR ("facet" = 'outlet' AND "value" = CAST(OLD."outletId" AS TEXT))
    OR ("facet" = 'location' AND "value" = OLD."location") OR ("facet" = 'period' AND "value" = OLD."period")
    OR ("facet" = 'year' AND "value" = substr(OLD."date", 1, 4)));
END;

-- Claims are not updated in place today (re-extraction deletes and inserts), but an update of
-- a counted column (or ON DELETE SET NULL from Claimant/Outlet) must move the counts.
CREATE TRIGGER "Claim_facet_update" AFTER UPDATE OF "side", "metric", "claimantId", "outletId", "location", "period", "date" ON "Claim" BEGIN
  UPDATE "ClaimFacetCount" SET "n" = "n" - 1
  WHERE "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '') AND (
    ("facet" = 'side' AND "value" = OLD."side") OR ("facet" = 'metric' AND "value" = OLD."metric")
    OR ("facet" = 'claimant' AND "value" = CAST(OLD."claimantId" AS TEXT)) OR ("facet" = 'outlet' AND "value" = CAST(OLD."outletId" AS TEXT))
    OR ("facet" = 'location' AND "value" = OLD."location") OR ("facet" = 'period' AND "value" = OLD."period")
    OR ("facet" = 'year' AND "value" = substr(OLD."date", 1, 4)));
  DELETE FROM "ClaimFacetCount" WHERE "n" <= 0 AND "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '') AND (
    ("facet" = 'side' AND "value" = OLD."side") OR ("facet" = 'metric' AND "value" = OLD."metric")
    OR ("facet" = 'claimant' AND "value" = CAST(OLD."claimantId" AS TEXT)) OR ("facet" = 'outlet' AND "value" = CAST(OLD."outletId" AS TEXT))
    OR ("facet" = 'location' AND "value" = OLD."location") OR ("facet" = 'period' AND "value" = OLD."period")
    OR ("facet" = 'year' AND "value" = substr(OLD."date", 1, 4)));
  INSERT INTO "ClaimFacetCount" ("facet", "value", "side", "metric", "year", "n")
  SELECT f, v, NEW."side", NEW."metric", coalesce(substr(NEW."date", 1, 4), ''), 1 FROM (
    SELECT 'side' AS f, NEW."side" AS v UNION ALL SELECT 'metric', NEW."metric"
    UNION ALL SELECT 'claimant', CAST(NEW."claimantId" AS TEXT) UNION ALL SELECT 'outlet', CAST(NEW."outletId" AS TEXT)
    UNION ALL SELECT 'location', NEW."location" UNION ALL SELECT 'period', NEW."period" UNION ALL SELECT 'year', substr(NEW."date", 1, 4)
  ) WHERE v IS NOT NULL
  ON CONFLICT ("facet", "value", "side", "metric", "year") DO UPDATE SET "n" = "n" + 1;
END;

