-- DropIndex
DROP INDEX "Claim_location_idx";

-- CreateIndex
CREATE INDEX "Claim_location_date_idx" ON "Claim"("location", "date");
