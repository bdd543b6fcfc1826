import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CLAIM_EXPORT_COLUMNS, type ClaimExportRow } from "./claim-export-row";
import { csvStream, jsonStream, xlsxStream } from "./claims-stream";

function row(id: number, sentence = `Sentence ${id}, with "quotes".`): ClaimExportRow {
  return {
    id, value: id * 10, valueMax: null, qualifier: "exact", unit: "targets", metric: "targets_hit", claimant: "Ministry", side: "russia",
    actorSide: null, period: null, location: "Raqqa", sentence, articleTitle: "Title", outlet: null, date: "2017-01-02", link: `http://x.test/articles/1#m-${id}`,
  };
}

async function* batches(...sets: ClaimExportRow[][]) {
  for (const s of sets) yield s;
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("claim export streams", () => {
  it("writes CSV with a BOM, one header and every batch's rows, defused", async () => {
    const text = (await bytes(csvStream(batches([row(1), row(2)], [row(3, "=1+2")])))).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\n");
    expect(lines[0]).toBe(CLAIM_EXPORT_COLUMNS.join(","));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Sentence 1, with ""quotes""."');
    expect(lines[3]).toContain("'=1+2");
  });

  it("writes JSON that parses with the meta and all rows", async () => {
    const parsed = JSON.parse((await bytes(jsonStream(batches([row(1)], [row(2), row(3)]), { total: 3, filters: { side: ["russia"] } }))).toString("utf8"));
    expect(parsed.total).toBe(3);
    expect(parsed.filters.side).toEqual(["russia"]);
    expect(parsed.rows.map((r: ClaimExportRow) => r.id)).toEqual([1, 2, 3]);
  });

  it("writes JSON for an empty result", async () => {
    expect(JSON.parse((await bytes(jsonStream(batches(), { total: 0 }))).toString("utf8"))).toEqual({ total: 0, rows: [] });
  });

  it("writes an XLSX workbook whose cells are values, not formulas", async () => {
    const buf = await bytes(xlsxStream(batches([row(1)], [row(2, "=SUM(A1:A2)")])));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe("id");
    expect(sheet.getRow(2).getCell(2).value).toBe(10);
    const sentence = sheet.getRow(3).getCell(CLAIM_EXPORT_COLUMNS.indexOf("sentence") + 1);
    expect(sentence.value).toBe("'=SUM(A1:A2)");
    expect(sentence.formula).toBeUndefined();
  });
});
