import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CLAIM_EXPORT_COLUMNS, type RawExportRow } from "./claim-export-row";
import type { CsvExportRow } from "./csv-line";
import { csvExportStream, jsonStream, xlsxStream, type ExportRowSource } from "./claims-stream";
import { toCsvExportRows } from "./csv-test-rows";

function raw(id: number, sentence = `Sentence ${id}, with "quotes".`): RawExportRow {
  return [id, id * 10, null, "exact", "targets", "targets_hit", "Ministry", "russia", null, null, "Raqqa", sentence, "Title", null, "2017-01-02T00:00:00.000+00:00", 1, id];
}

function source(rows: RawExportRow[]): ExportRowSource & { closed: number } {
  const it = rows[Symbol.iterator]();
  const s = { rows: it, closed: 0, close: () => void s.closed++ };
  return s;
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("claim export streams", () => {
  it("writes CSV with a BOM, one header and every row, defused, and closes the source", async () => {
    const { rows, names } = toCsvExportRows([raw(1), raw(2), raw(3, "=1+2")]);
    const src = Object.assign(source([]), { rows: rows[Symbol.iterator](), names });
    const text = (await bytes(csvExportStream(src, "http://x.test/"))).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\n");
    expect(lines[0]).toBe(CLAIM_EXPORT_COLUMNS.join(","));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Sentence 1, with ""quotes""."');
    expect(lines[1].endsWith(",2017-01-02,http://x.test/articles/1#m-1")).toBe(true);
    expect(lines[3]).toContain("'=1+2");
    expect(src.closed).toBeGreaterThan(0);
  });

  it("splits a large export into chunks and stops reading when the client cancels", async () => {
    const { rows, names } = toCsvExportRows(Array.from({ length: 5_000 }, (_, i) => raw(i + 1, "x".repeat(200))));
    const src = source([]);
    const all = rows[Symbol.iterator]();
    let pulled = 0;
    const counted = { close: src.close, names, rows: { next: () => (pulled++, all.next()) } as Iterator<CsvExportRow> };
    const reader = csvExportStream(counted, "http://x.test").getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThan(200_000);
    await reader.cancel();
    expect(pulled).toBeLessThan(rows.length);
    expect(src.closed).toBeGreaterThan(0);
  });

  it("writes JSON that parses with the meta and all rows", async () => {
    const parsed = JSON.parse((await bytes(jsonStream(source([raw(1), raw(2), raw(3)]), "http://x.test", { total: 3, filters: { side: ["russia"] } }))).toString("utf8"));
    expect(parsed.total).toBe(3);
    expect(parsed.filters.side).toEqual(["russia"]);
    expect(parsed.rows.map((r: { id: number }) => r.id)).toEqual([1, 2, 3]);
    expect(Object.keys(parsed.rows[0])).toEqual([...CLAIM_EXPORT_COLUMNS]);
    expect(parsed.rows[0]).toMatchObject({ date: "2017-01-02", link: "http://x.test/articles/1#m-1", outlet: null });
  });

  it("writes JSON for an empty result, with or without meta", async () => {
    expect(JSON.parse((await bytes(jsonStream(source([]), "http://x.test", { total: 0 }))).toString("utf8"))).toEqual({ total: 0, rows: [] });
    expect(JSON.parse((await bytes(jsonStream(source([]), "http://x.test", {}))).toString("utf8"))).toEqual({ rows: [] });
  });

  it("writes an XLSX workbook whose cells are values, not formulas", async () => {
    const buf = await bytes(xlsxStream(source([raw(1), raw(2, "=SUM(A1:A2)")]), "http://x.test"));
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
