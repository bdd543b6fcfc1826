// The export's SQL pass against a real migrated file: the total it reports is exact (also
// past the limit), the link's mention is the claim's first by position, and rows stop at the limit.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { parseClaimFilters } from "@/lib/filters/claim-filters";
import { openClaimsExport } from "./claims-export-sql";

let tmp: TempDatabase;

beforeAll(() => {
  tmp = createTempDatabase("test-export-sql");
  const db = new Database(tmp.file);
  db.exec("INSERT INTO Article(title, text, original, format, contentHash, source, extractorVersion) VALUES ('T', 'text', 'text', 'text', 'h', 's', 'v')");
  const claim = db.prepare(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, side, sentence, start, "end", date) VALUES (1, ?, 'exact', 'u', 'sorties', ?, 's', 0, 1, '2017-01-02T00:00:00.000+00:00')`);
  const mention = db.prepare('INSERT INTO Mention("claimId", start, "end", sentence) VALUES (?, ?, ?, \'s\')');
  for (let i = 1; i <= 30; i++) claim.run(i, i % 2 ? "russia" : "monitor");
  // Claim 1: one mention; claim 2: two, the later-inserted one first in the text; claim 3: none.
  mention.run(1, 5, 6);
  mention.run(2, 50, 51);
  mention.run(2, 10, 11);
  db.close();
  process.env.DATABASE_URL = tmp.url;
}, 60_000);
afterAll(() => tmp.remove());

describe("openClaimsExport", () => {
  it("counts exactly, past the limit too, and yields at most the limit", () => {
    const all = openClaimsExport(parseClaimFilters(new URLSearchParams("")), 100);
    expect([all.total, all.exported, [...all.rows].length]).toEqual([30, 30, 30]);
    all.close();
    const cut = openClaimsExport(parseClaimFilters(new URLSearchParams("side=russia")), 4);
    expect([cut.total, cut.exported, [...cut.rows].length]).toEqual([15, 4, 4]);
    cut.close();
  });

  it("links each claim to its first mention by position, or to the claim without one", () => {
    const ex = openClaimsExport(parseClaimFilters(new URLSearchParams("sort=value&dir=asc")), 3);
    const rows = [...ex.rows];
    ex.close();
    expect(rows.map((r) => [r[0], r[16]])).toEqual([[1, 1], [2, 3], [3, null]]);
  });

  it("keeps the first mention when mentions are added or deleted (triggers)", () => {
    const db = new Database(tmp.file);
    const first = () => db.prepare("SELECT firstMentionId FROM Claim WHERE id = ?").pluck().get(2);
    db.exec("INSERT INTO Mention(claimId, start, \"end\", sentence) VALUES (2, 10, 11, 's')"); // a tie: the older stays first
    expect(first()).toBe(3);
    db.exec("DELETE FROM Mention WHERE id = 3");
    expect(first()).toBe(4);
    db.exec("DELETE FROM Mention WHERE id = 4");
    expect(first()).toBe(2);
    db.exec("INSERT INTO Mention(claimId, start, \"end\", sentence) VALUES (2, 10, 11, 's')");
    expect(first()).toBe(5);
    db.close();
  });

  it("names the claimant, outlet and article title of each row (read by id beside the statement)", () => {
    const db = new Database(tmp.file);
    db.exec(`INSERT INTO Outlet(name) VALUES ('Wire'); INSERT INTO Claimant(name, side) VALUES ('Monitor, the', 'monitor');
      INSERT INTO Article(title, outletId, text, original, format, contentHash, source, extractorVersion) VALUES ('Second, "quoted"', 1, 't', 't', 'text', 'h2', 's', 'v');
      UPDATE Claim SET claimantId = 1, outletId = 1, articleId = 2 WHERE id IN (4, 6);`);
    db.close();
    const ex = openClaimsExport(parseClaimFilters(new URLSearchParams("sort=value&dir=asc")), 7);
    const rows = [...ex.rows];
    ex.close();
    expect(rows.map((r) => [r[0], r[6], r[12], r[13], r[15]])).toEqual([
      [1, null, "T", null, 1], [2, null, "T", null, 1], [3, null, "T", null, 1], [4, "Monitor, the", 'Second, "quoted"', "Wire", 2],
      [5, null, "T", null, 1], [6, "Monitor, the", 'Second, "quoted"', "Wire", 2], [7, null, "T", null, 1],
    ]);
  });
});
