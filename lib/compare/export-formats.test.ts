import { describe, expect, it } from "vitest";
import { buildCompareView } from "./build-view";
import { toCompareCsv, toCompareMarkdown } from "./export-formats";
import { toCompareExportRows } from "./export-rows";
import { makeClaim } from "./test-claims";

const view = buildCompareView(
  [
    makeClaim({ id: 1, value: 7, sentence: "=HYPERLINK(\"x\") said 7", claimant: "@evil" }),
    makeClaim({ id: 2, side: "media", value: 27, claimant: "a | b" }),
    makeClaim({ id: 3, side: "russia", value: 3 }),
  ],
  { columns: ["media", "monitor"], showAll: false, matched: null, order: "recent" },
);

describe("compare exports", () => {
  it("holds one row per visible figure in column order", () => {
    const rows = toCompareExportRows(view, "http://x");
    expect(rows.map((r) => r.side)).toEqual(["Media (outlet)", "Monitors"]);
    expect(rows[1].link).toBe("http://x/articles/1#m-10");
    expect(rows[0].spread).toBe("×3.9 apart");
  });

  it("writes CSV with a BOM, a header and defused cells", () => {
    const csv = toCompareCsv(toCompareExportRows(view, "http://x"));
    expect(csv.startsWith("\uFEFFtopic_id,")).toBe(true);
    expect(csv).toContain("'@evil");
    expect(csv).toContain("\"'=HYPERLINK(\"\"x\"\") said 7\"");
  });

  it("escapes Markdown table cells", () => {
    const md = toCompareMarkdown(toCompareExportRows(view, "http://x"), "Comparison");
    expect(md).toContain("| topic | side |");
    expect(md.split("\n").filter((l) => l.startsWith("| civilians")).length).toBe(2);
    expect(md).not.toMatch(/a \| b/);
  });
});
