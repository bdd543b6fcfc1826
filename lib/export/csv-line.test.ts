import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CLAIM_EXPORT_COLUMNS, exportBase, rawToExportRow, toCsvCells, type RawExportRow } from "./claim-export-row";
import { csvCell, csvExportRowFormatter, csvHeader, csvLine } from "./csv-line";
import { toCsvExportRows } from "./csv-test-rows";

const NASTY = [
  "", "plain", "a,b", 'say "no"', "line\nbreak", "cr\ronly", "crlf\r\nend", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)",
  "\t=1", "\r=1", "'quoted", " lead and trail ", "Zürich – 12 000 €", "emoji 🚀, \"both\"", "a;b", "1-2", "tab\tinside",
];

function row(i: number, text: string): RawExportRow {
  return [i, i % 3 ? i * 1.5 : -i, i % 2 ? null : 0.25, text, "unit", "metric", i % 4 ? text : null, "side", null, text, text, text, text,
    i % 5 ? "Outlet, Inc." : null, i % 6 ? "2017-03-04T00:00:00.000+00:00" : null, 7, i % 2 ? i : null];
}

describe("csvLine", () => {
  it("gives exactly csv-stringify's bytes on defused cells, for every awkward cell", () => {
    NASTY.forEach((text, i) => {
      const r = row(i, text);
      const expected = stringify([toCsvCells(rawToExportRow(r, "https://cc.example"))], { eof: true });
      expect(csvLine(r, exportBase("https://cc.example/")), JSON.stringify(text)).toBe(expected);
    });
  });

  it("defuses formula starts in every cell, numbers included, and quotes per RFC 4180", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("=a,b")).toBe(`"'=a,b"`);
    expect(csvCell('He said "hi"')).toBe(`"He said ""hi"""`);
    expect(csvCell(-5)).toBe("'-5");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(null)).toBe("");
    expect(csvHeader(CLAIM_EXPORT_COLUMNS)).toBe(stringify([[...CLAIM_EXPORT_COLUMNS]], { eof: true }));
  });

  it("gives csvLine's bytes through the per-export formatter, cached cells and links included", () => {
    for (const base of ["https://cc.example", "", "=cmd", "-x", "http://a,b", 'http://"q"', "http://h\nx"]) {
      // (each row its own article: the formatter reads a title once per article)
      const raws = NASTY.map((text, i) => row(i, text).map((v, k) => (k === 15 ? 100 + i : v)) as RawExportRow);
      const { rows, names } = toCsvExportRows(raws);
      const line = csvExportRowFormatter(base, names);
      for (let round = 0; round < 2; round++) {
        NASTY.forEach((text, i) => {
          expect(line(rows[i]), `${JSON.stringify(base)} ${JSON.stringify(text)}`).toBe(csvLine(raws[i], base));
        });
      }
    }
  });

  it("formats numbers as csv-stringify does with their text defused", () => {
    for (const n of [0, -0, 7, -7, 1.5, -0.25, 1e21, -1e-7, 123456789.125, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity]) {
      expect(csvCell(n), String(n)).toBe(stringify([toCsvCells(rawToExportRow(row(0, "x").map((v, k) => (k === 1 ? n : v)) as RawExportRow, "h"))], { eof: false }).split(",")[1]);
    }
  });

  it("round-trips through a CSV parser's view of quoting", () => {
    const line = csvLine(row(2, 'x,"y"\nz'), "http://h");
    // Unquoted commas separate exactly the 16 columns.
    const cells = line.trimEnd().match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((c) => c !== "");
    expect(cells).toHaveLength(CLAIM_EXPORT_COLUMNS.length);
  });
});
