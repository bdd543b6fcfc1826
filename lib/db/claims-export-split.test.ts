// The two-thread CSV export against a real migrated file: its bytes are exactly the one-thread
// export's (for every sort, a filter and a cut), its two halves read one snapshot even when a
// write commits while they run, and a cancelled export leaves no worker file behind.
import fs from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { parseClaimFilters } from "@/lib/filters/claim-filters";
import { CLAIM_EXPORT_COLUMNS } from "@/lib/export/claim-export-row";
import { csvHeader, csvLine } from "@/lib/export/csv-line";
import { openClaimsExport } from "./claims-export-sql";
import { openCsvExport } from "./claims-export-split";

let tmp: TempDatabase;
const ORIGIN = "http://localhost:3000";
const ONE_THREAD = Number.MAX_SAFE_INTEGER;

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

async function exportCsv(query: string, splitFrom: number, limit = 10_000): Promise<{ total: number; exported: number; csv: string }> {
  const ex = await openCsvExport(parseClaimFilters(new URLSearchParams(query)), limit, ORIGIN, { splitFrom, file: tmp.file });
  return { total: ex.total, exported: ex.exported, csv: await text(ex.body) };
}

beforeAll(() => {
  tmp = createTempDatabase("test-export-split");
  const db = new Database(tmp.file);
  db.exec(`INSERT INTO Outlet(name) VALUES ('Wire'); INSERT INTO Claimant(name, side) VALUES ('Monitor, the', 'monitor'), ('=HYPERLINK("x")', 'russia');
    INSERT INTO Article(title, outletId, text, original, format, contentHash, source, extractorVersion) VALUES ('T', 1, 'text', 'text', 'text', 'h', 's', 'v'), ('Second, "quoted"', NULL, 't', 't', 'text', 'h2', 's', 'v');`);
  const claim = db.prepare(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, side, claimantId, outletId, sentence, start, "end", date)
    VALUES (?, ?, 'exact', ?, 'sorties', ?, ?, ?, ?, 0, 1, ?)`);
  const mention = db.prepare('INSERT INTO Mention("claimId", start, "end", sentence) VALUES (?, ?, ?, \'s\')');
  db.transaction(() => {
    for (let i = 1; i <= 997; i++) {
      const article = i % 3 ? 1 : 2;
      const id = claim.run(article, i % 7 === 0 ? -i / 3 : i, i % 5 ? "sorties" : "-units, \"quoted\"", ["russia", "monitor", "us_coalition"][i % 3], i % 4 ? (i % 2) + 1 : null,
        article === 1 ? 1 : null, `Sentence ${i}, with\na line break`, i % 11 ? `2017-01-${String((i % 28) + 1).padStart(2, "0")}T00:00:00.000+00:00` : null).lastInsertRowid;
      if (i % 6) mention.run(id, i % 50, (i % 50) + 1);
    }
  })();
  db.close();
  process.env.DATABASE_URL = tmp.url;
}, 60_000);
afterAll(() => tmp.remove());

describe("openCsvExport", () => {
  it("gives the one-thread export's bytes for every sort, a filter and a cut", async () => {
    for (const query of ["", "sort=value&dir=asc", "sort=claimant", "sort=outlet&dir=asc", "side=russia&sort=date&dir=asc", "sort=metric"]) {
      const one = await exportCsv(query, ONE_THREAD);
      const two = await exportCsv(query, 10);
      expect(two.csv.length).toBeGreaterThan(1000);
      expect(two).toEqual(one);
    }
    const cut = await exportCsv("sort=value", 10, 301);
    expect([cut.total, cut.exported, cut.csv.match(/,http:\/\/localhost:3000\/articles\//g)?.length]).toEqual([997, 301, 301]);
    expect(cut).toEqual(await exportCsv("sort=value", ONE_THREAD, 301));
  }, 60_000);

  it("gives the bytes of the generic export rows through the per-export CSV formatter", async () => {
    for (const query of ["", "sort=claimant&dir=asc", "side=monitor&sort=value"]) {
      const generic = openClaimsExport(parseClaimFilters(new URLSearchParams(query)), 10_000);
      const expected = `${csvHeader(CLAIM_EXPORT_COLUMNS)}${[...generic.rows].map((r) => csvLine(r, ORIGIN)).join("")}`;
      generic.close();
      expect((await exportCsv(query, ONE_THREAD)).csv).toBe(expected);
    }
  });

  it("reads both halves from one snapshot while writes commit", async () => {
    const before = await exportCsv("sort=value", ONE_THREAD);
    // once both halves are pinned, and before either is read or counted: claims added at both
    // ends of the order and some changed in each half (the sentence index is the writer's, so no delete)
    const write = () => {
      const db = new Database(tmp.file);
      db.exec(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, side, sentence, start, "end") VALUES (1, 1e9, 'exact', 'u', 'sorties', 'russia', 'late', 0, 1), (1, -1e9, 'exact', 'u', 'sorties', 'russia', 'late', 0, 1);
        UPDATE Claim SET unit = 'changed' WHERE id IN (5, 900); DELETE FROM Mention WHERE claimId IN (7, 901);`);
      db.close();
    };
    const ex = await openCsvExport(parseClaimFilters(new URLSearchParams("sort=value")), 10_000, ORIGIN, { splitFrom: 10, file: tmp.file, afterPin: write });
    expect({ total: ex.total, exported: ex.exported, csv: await text(ex.body) }).toEqual(before);
    expect(await ex.workerDone).toBe(true);
    const after = await exportCsv("sort=value", 10);
    expect(after.total).toBe(999);
    expect(after.csv).toContain(",changed,");
    expect(after).toEqual(await exportCsv("sort=value", ONE_THREAD));
  }, 60_000);

  it("formats the second half itself, from the same snapshot, when the worker cannot start", async () => {
    const ex = await openCsvExport(parseClaimFilters(new URLSearchParams("sort=claimant")), 10_000, ORIGIN, { splitFrom: 10, file: tmp.file, workerEntry: "lib/db/no-such-worker.ts" });
    expect({ total: ex.total, exported: ex.exported, csv: await text(ex.body) }).toEqual(await exportCsv("sort=claimant", ONE_THREAD));
    expect(await ex.workerDone).toBe(false);
  }, 60_000);

  it("stops the worker and removes its file when the client goes away", async () => {
    const leftovers = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith("counterclaim-export-")).length;
    const start = leftovers();
    const ex = await openCsvExport(parseClaimFilters(new URLSearchParams("")), 10_000, ORIGIN, { splitFrom: 10, file: tmp.file });
    const reader = ex.body.getReader();
    await reader.read();
    expect(leftovers()).toBe(start + 1);
    await reader.cancel();
    expect(leftovers()).toBe(start);
  }, 60_000);
});
