// storeArticle through the raw write path, against a real migrated SQLite file.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { rebuildFacetCounts } from "./facet-counts";
import { ArticleWriter, closeWriter, openDatabase } from "./sqlite-writer";
import { storeArticle } from "./store-article";

let tmp: TempDatabase;
let db: Database.Database;
const article = (body: string, name = "a.txt") =>
  prepareArticle({ bytes: new TextEncoder().encode(body), fileName: name, source: name });
const ALEPPO = "Strikes on Aleppo\n\nThe Syrian Observatory for Human Rights said 42 civilians were killed on Tuesday. The Russian Defence Ministry said its aircraft flew 60 sorties and hit 120 targets.";

beforeAll(() => {
  tmp = createTempDatabase("test-store");
  process.env.DATABASE_URL = tmp.url;
  db = new Database(tmp.file, { readonly: true });
}, 60_000);
afterAll(() => {
  db.close();
  closeWriter();
  tmp.remove();
});

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

describe("storeArticle", () => {
  it("stores an article with its claims and mentions once, then reports it unchanged", async () => {
    const prepared = article(ALEPPO);
    expect(prepared.claims.length).toBeGreaterThan(1);
    const first = await storeArticle(prepared);
    expect(first).toMatchObject({ status: "new", claims: prepared.claims.length });
    const again = await storeArticle(article(ALEPPO.replace("Tuesday.", "Tuesday.   "), "copy.txt"));
    expect(again).toEqual({ status: "unchanged", id: first.id, claims: prepared.claims.length });
    expect(count("Article")).toBe(1);
    expect(count("Claim")).toBe(prepared.claims.length);
    expect(count("Mention")).toBe(prepared.claims.reduce((n, c) => n + c.mentions.length, 0));
  });

  it("writes dates the way Prisma reads them", async () => {
    const prepared = article("Idlib toll rises\nBy Jane Roe | Reuters | 12 March 2017\n\nThe monitor said 30 civilians were killed in Idlib.");
    const { id } = await storeArticle(prepared);
    const row = db.prepare('SELECT "publishedAt", "ingestedAt" FROM "Article" WHERE id = ?').get(id) as { publishedAt: string | null; ingestedAt: string };
    expect(row.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    if (prepared.publishedAt) expect(row.publishedAt).toBe(prepared.publishedAt.toISOString().replace("Z", "+00:00"));
  });

  it("two connections storing the same text: one new, one unchanged, no error", async () => {
    const prepared = article("Raqqa\n\nThe coalition said it conducted 17 strikes near Raqqa on Monday.");
    const a = new ArticleWriter(openDatabase(tmp.file));
    const b = new ArticleWriter(openDatabase(tmp.file));
    const results = [a.store(prepared), b.store(prepared)];
    a.db.close();
    b.db.close();
    expect(results.map((r) => r.status).sort()).toEqual(["new", "unchanged"]);
    expect(results[0].id).toBe(results[1].id);
  });

  it("a failure mid-article rolls back the whole article", async () => {
    const prepared = article("Homs\n\nThe ministry said 25 militants were killed and 40 were injured in Homs.");
    const before = [count("Article"), count("Claim"), count("Mention")];
    // A claim that violates NOT NULL after the article row and a first claim were written.
    const broken = { ...prepared, claims: [...prepared.claims, { ...prepared.claims[0], sentence: null as unknown as string }] };
    await expect(storeArticle(broken)).rejects.toThrow(/NOT NULL/);
    expect([count("Article"), count("Claim"), count("Mention")]).toEqual(before);
    expect((await storeArticle(prepared)).status).toBe("new");
  });

  it("a batch commits its good articles, reports a broken one alone, counts facets for what it kept, and dedupes within itself", () => {
    const writer = new ArticleWriter(openDatabase(tmp.file));
    const good = article("Deir ez-Zor\n\nThe coalition said it conducted 21 strikes near Deir ez-Zor on Friday.", "g.txt");
    const twin = article("Deir ez-Zor\n\nThe coalition said it conducted 21 strikes near Deir ez-Zor on Friday.", "twin.txt");
    const other = article("Palmyra\n\nThe Russian Defence Ministry said its aircraft flew 33 sorties near Palmyra.", "o.txt");
    const broken = { ...other, contentHash: "broken", claims: [{ ...other.claims[0], sentence: null as unknown as string }] };
    const before = [count("Article"), count("Claim")];
    const results = writer.storeBatch([good, broken, twin, other]);
    expect(results.map((r) => r.status)).toEqual(["new", "failed", "unchanged", "new"]);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/NOT NULL/) });
    expect([count("Article"), count("Claim")]).toEqual([before[0] + 2, before[1] + good.claims.length + other.claims.length]);
    // The counts the writer added equal a recount from the claims.
    const counts = () => writer.db.prepare("SELECT facet, value, side, metric, year, n FROM ClaimFacetCount ORDER BY 1, 2, 3, 4, 5").all();
    const kept = counts();
    rebuildFacetCounts(writer.db);
    expect(counts()).toEqual(kept);
    // The search index holds exactly the stored claims' sentences (the failed article's are not indexed).
    expect(() => writer.db.exec(`INSERT INTO ClaimSentenceFts(ClaimSentenceFts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    const found = writer.db.prepare("SELECT count(*) AS n FROM ClaimSentenceFts WHERE ClaimSentenceFts MATCH 'Palmyra'").get() as { n: number };
    expect(found.n).toBe(other.claims.length);
    writer.db.close();
  });
});
