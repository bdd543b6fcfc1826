import { describe, expect, it } from "vitest";
import { CLAIM_EXPORT_COLUMNS, claimAnchor, toClaimExportRow, toCsvCells, toSheetCells, type ExportableClaim } from "./claim-export-row";

const claim: ExportableClaim = {
  id: 7, value: 125, valueMax: null, qualifier: "at_least", unit: "civilians", metric: "civilians_killed",
  side: "monitor", actorSide: "us_coalition", period: "week", location: "Raqqa",
  sentence: "The Observatory said at least 125 civilians had been killed in a week.",
  date: new Date("2017-08-20T00:00:00Z"), articleId: 3,
  claimant: { name: "Syrian Observatory for Human Rights" }, outlet: { name: "The Ledger" }, article: { title: "Raqqa toll rises" },
  mentions: [{ id: 41 }],
};

describe("toClaimExportRow", () => {
  it("carries every column with an absolute link to the highlighted sentence", () => {
    const row = toClaimExportRow(claim, "https://counterclaim.example");
    expect(Object.keys(row)).toEqual([...CLAIM_EXPORT_COLUMNS]);
    expect(row).toMatchObject({ value: 125, valueMax: null, qualifier: "at_least", claimant: "Syrian Observatory for Human Rights", articleTitle: "Raqqa toll rises", outlet: "The Ledger", date: "2017-08-20" });
    expect(row.link).toBe("https://counterclaim.example/articles/3#m-41");
  });

  it("falls back to the claim card when a claim has no mention, and leaves unknowns empty", () => {
    expect(claimAnchor({ ...claim, mentions: [] })).toBe("/articles/3#claim-7");
    const row = toClaimExportRow({ ...claim, claimant: null, outlet: null, date: null, actorSide: null }, "http://localhost:3000");
    expect(row).toMatchObject({ claimant: null, outlet: null, date: null, actorSide: null });
    expect(toCsvCells(row)[CLAIM_EXPORT_COLUMNS.indexOf("outlet")]).toBe("");
  });

  it("defuses formula-looking text in CSV and sheet cells but keeps numbers numeric", () => {
    const row = toClaimExportRow({ ...claim, sentence: "=HYPERLINK(\"http://evil\",\"click\")", unit: "+civilians", article: { title: "@title" } }, "http://x.test");
    const csv = toCsvCells(row);
    expect(csv[CLAIM_EXPORT_COLUMNS.indexOf("sentence")]).toBe("'=HYPERLINK(\"http://evil\",\"click\")");
    expect(csv[CLAIM_EXPORT_COLUMNS.indexOf("unit")]).toBe("'+civilians");
    expect(csv[CLAIM_EXPORT_COLUMNS.indexOf("value")]).toBe("125");
    const sheet = toSheetCells(row);
    expect(sheet[CLAIM_EXPORT_COLUMNS.indexOf("articleTitle")]).toBe("'@title");
    expect(sheet[CLAIM_EXPORT_COLUMNS.indexOf("value")]).toBe(125);
    expect(sheet[CLAIM_EXPORT_COLUMNS.indexOf("valueMax")]).toBeNull();
  });
});

describe("rawToExportRow", () => {
  it("gives the row toClaimExportRow gives for the same claim", async () => {
    const { rawToExportRow, rawToExportable } = await import("./claim-export-row");
    const raws: Array<Parameters<typeof rawToExportRow>[0]> = [
      [7, 125, null, "at_least", "civilians", "civilians_killed", "SOHR", "monitor", "us_coalition", "week", "Raqqa", "s", "t", "Ledger", "2017-08-20T00:00:00.000+00:00", 3, 41],
      [8, 2.5, 4, "range", "u", "m", null, "media", null, null, null, "s", "t", null, null, 3, null],
      [9, 1, null, "exact", "u", "m", null, "media", null, null, null, "s", "t", null, "2017-08-20T23:30:00.000-02:00", 3, null],
    ];
    for (const r of raws) expect(rawToExportRow(r, "http://x.test")).toEqual(toClaimExportRow(rawToExportable(r), "http://x.test/"));
  });
});
