-- CreateTable
CREATE TABLE "Outlet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "domain" TEXT
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "outletId" INTEGER,
    "publishedAt" DATETIME,
    "text" TEXT NOT NULL,
    "original" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractorVersion" TEXT NOT NULL,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claimant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'organisation'
);

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimantId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "valueMax" REAL,
    "qualifier" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "claimantId" INTEGER,
    "side" TEXT NOT NULL,
    "actorSide" TEXT,
    "period" TEXT,
    "location" TEXT,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "cue" TEXT,
    "speaker" TEXT,
    "outletId" INTEGER,
    "date" DATETIME,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    CONSTRAINT "Mention_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claimant_name_key" ON "Claimant"("name");

-- CreateIndex
CREATE INDEX "Claimant_side_idx" ON "Claimant"("side");

-- CreateIndex
CREATE INDEX "ClaimantAlias_alias_idx" ON "ClaimantAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimantAlias_claimantId_alias_key" ON "ClaimantAlias"("claimantId", "alias");

-- CreateIndex
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");

-- CreateIndex
CREATE INDEX "Claim_side_metric_idx" ON "Claim"("side", "metric");

-- CreateIndex
CREATE INDEX "Claim_metric_actorSide_idx" ON "Claim"("metric", "actorSide");

-- CreateIndex
CREATE INDEX "Claim_claimantId_idx" ON "Claim"("claimantId");

-- CreateIndex
CREATE INDEX "Claim_outletId_idx" ON "Claim"("outletId");

-- CreateIndex
CREATE INDEX "Claim_location_idx" ON "Claim"("location");

-- CreateIndex
CREATE INDEX "Claim_date_idx" ON "Claim"("date");

-- CreateIndex
CREATE INDEX "Mention_claimId_idx" ON "Mention"("claimId");
