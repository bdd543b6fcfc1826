-- CreateTable
CREATE TABLE "ClaimFacetCount" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "year" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("facet", "side", "metric", "year", "value")
);

-- CreateIndex
CREATE INDEX "ClaimFacetCount_facet_value_side_metric_year_n_idx" ON "ClaimFacetCount"("facet", "value", "side", "metric", "year", "n");

-- CreateIndex
CREATE INDEX "Claim_location_claimantId_idx" ON "Claim"("location", "claimantId");

-- CreateIndex
CREATE INDEX "Claim_side_date_idx" ON "Claim"("side", "date");

-- CreateIndex
CREATE INDEX "Claim_metric_date_idx" ON "Claim"("metric", "date");

-- CreateIndex
CREATE INDEX "Claim_value_idx" ON "Claim"("value");

-- The rollup is kept by triggers, so every write path (the ingest writer, re-extraction,
-- cascaded article deletes, bench copies made in SQL) keeps it exact without knowing about it.
-- Each claim counts once per facet whose value is not null; claimant and outlet by id.
-- A row whose count reaches 0 is removed, so a facet never lists a value with no claims.
CREATE TRIGGER "Claim_facet_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimFacetCount" ("facet", "value", "side", "metric", "year", "n")
  SELECT f, v, NEW."side", NEW."metric", coalesce(substr(NEW."date", 1, 4), ''), 1 FROM (
    SELECT 'side' AS f, NEW."side" AS v UNION ALL SELECT 'metric', NEW."metric"
    UNION ALL SELECT 'claimant', CAST(NEW."claimantId" AS TEXT) UNION ALL SELECT 'outlet', CAST(NEW."outletId" AS TEXT)
    UNION ALL SELECT 'location', NEW."location" UNION ALL SELECT 'period', NEW."period" UNION ALL SELECT 'year', substr(NEW."date", 1, 4)
  ) WHERE v IS NOT NULL
  ON CONFLICT ("facet", "side", "metric", "year", "value") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "Claim_facet_delete" AFTER DELETE ON "Claim" BEGIN
  UPDATE "ClaimFacetCount" SET "n" = "n" - 1
  WHERE "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '') AND (
    ("facet" = 'side' AND "value" = OLD."side") OR ("facet" = 'metric' AND "value" = OLD."metric")
    OR ("facet" = 'claimant' AND "value" = CAST(OLD."claimantId" AS TEXT)) OR ("facet" = 'outlet' AND "value" = CAST(OLD."outletId" AS TEXT))
    OR ("facet" = 'location' AND "value" = OLD."location") OR ("facet" = 'period' AND "value" = OLD."period")
    OR ("facet" = 'year' AND "value" = substr(OLD."date", 1, 4)));
  DELETE FROM "ClaimFacetCount" WHERE "n" <= 0 AND "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '');
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
  DELETE FROM "ClaimFacetCount" WHERE "n" <= 0 AND "side" = OLD."side" AND "metric" = OLD."metric" AND "year" = coalesce(substr(OLD."date", 1, 4), '');
  INSERT INTO "ClaimFacetCount" ("facet", "value", "side", "metric", "year", "n")
  SELECT f, v, NEW."side", NEW."metric", coalesce(substr(NEW."date", 1, 4), ''), 1 FROM (
    SELECT 'side' AS f, NEW."side" AS v UNION ALL SELECT 'metric', NEW."metric"
    UNION ALL SELECT 'claimant', CAST(NEW."claimantId" AS TEXT) UNION ALL SELECT 'outlet', CAST(NEW."outletId" AS TEXT)
    UNION ALL SELECT 'location', NEW."location" UNION ALL SELECT 'period', NEW."period" UNION ALL SELECT 'year', substr(NEW."date", 1, 4)
  ) WHERE v IS NOT NULL
  ON CONFLICT ("facet", "side", "metric", "year", "value") DO UPDATE SET "n" = "n" + 1;
END;

-- Claims stored before this migration.
INSERT INTO "ClaimFacetCount" ("facet", "value", "side", "metric", "year", "n")
SELECT f, v, "side", "metric", y, count(*) FROM (
  SELECT 'side' AS f, "side" AS v, "side", "metric", coalesce(substr("date", 1, 4), '') AS y FROM "Claim"
  UNION ALL SELECT 'metric', "metric", "side", "metric", coalesce(substr("date", 1, 4), '') FROM "Claim"
  UNION ALL SELECT 'claimant', CAST("claimantId" AS TEXT), "side", "metric", coalesce(substr("date", 1, 4), '') FROM "Claim"
  UNION ALL SELECT 'outlet', CAST("outletId" AS TEXT), "side", "metric", coalesce(substr("date", 1, 4), '') FROM "Claim"
  UNION ALL SELECT 'location', "location", "side", "metric", coalesce(substr("date", 1, 4), '') FROM "Claim"
  UNION ALL SELECT 'period', "period", "side", "metric", coalesce(substr("date", 1, 4), '') FROM "Claim"
  UNION ALL SELECT 'year', substr("date", 1, 4), "side", "metric", coalesce(substr("date", 1, 4), '') FROM "Claim"
) WHERE v IS NOT NULL GROUP BY f, v, "side", "metric", y;
