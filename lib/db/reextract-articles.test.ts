import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { EXTRACTOR_VERSION } from "@/lib/extract";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { reextractArticles } from "./reextract-articles";
import { closeWriter } from "./sqlite-writer";
import { storeArticle } from "./store-article";

let tmp: TempDatabase;
let db: Database.Database;
const body = (place: string) => `Strikes near ${place}\n\nThe Syrian Observatory for Human Rights said 42 civilians were killed near ${place} on Tuesday. The Russian Defence Ministry said its aircraft flew 60 sorties.`;

beforeAll(() => {
  tmp = createTempDatabase("test-reextract");
  process.env.DATABASE_URL = tmp.url;
  db = new Database(tmp.file);
}, 60_000);
afterAll(() => {
  db.close();
  closeWriter();
  tmp.remove();
});

describe("reextractArticles", () => {
  it("replaces the claims of articles from another extractor version, and only those", async () => {
    const ids: number[] = [];
    for (const place of ["Aleppo", "Homs", "Idlib"]) ids.push((await storeArticle(prepareArticle({ bytes: new TextEncoder().encode(body(place)), fileName: `${place}.txt` }))).id);
    const count = (id: number) => (db.prepare('SELECT count(*) AS n FROM "Claim" WHERE "articleId" = ?').get(id) as { n: number }).n;
    const expected = ids.map(count);
    // Two articles from an older extractor, one of them with a stale extra claim and no mentions.
    db.prepare(`UPDATE "Article" SET "extractorVersion" = 'old' WHERE id IN (?, ?)`).run(ids[0], ids[1]);
    db.prepare('DELETE FROM "Claim" WHERE "articleId" = ?').run(ids[1]);
    db.prepare(`INSERT INTO "Claim" ("articleId", value, qualifier, unit, metric, side, sentence, start, "end") VALUES (?, 999, 'exact', 'x', 'other', 'other', 'stale', 0, 1)`).run(ids[1]);

    const report = reextractArticles();
    expect(report).toMatchObject({ checked: 2, reextracted: 2, failed: [] });
    expect(report.claimsAfter).toBe(expected[0] + expected[1]);
    expect(ids.map(count)).toEqual(expected);
    expect(db.prepare(`SELECT count(*) AS n FROM "Claim" WHERE value = 999`).get()).toEqual({ n: 0 });
    const versions = db.prepare('SELECT DISTINCT "extractorVersion" AS v FROM "Article"').all();
    expect(versions).toEqual([{ v: EXTRACTOR_VERSION }]);
    const orphanMentions = db.prepare('SELECT count(*) AS n FROM "Mention" WHERE "claimId" NOT IN (SELECT id FROM "Claim")').get();
    expect(orphanMentions).toEqual({ n: 0 });
    expect(reextractArticles().checked).toBe(0);
    expect(reextractArticles({ all: true }).reextracted).toBe(3);
  });
});
