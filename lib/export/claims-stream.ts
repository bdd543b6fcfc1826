// Streams of exported claims. Each takes batches of rows (keyset-paged from the database) and
// pulls the next batch only when the client has read the previous one, so memory holds one
// batch whatever the export's size.
import { PassThrough } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { CLAIM_EXPORT_COLUMNS, toCsvCells, toSheetCells, type ClaimExportRow } from "./claim-export-row";

type Batches = AsyncIterator<ClaimExportRow[]>;
const encoder = new TextEncoder();

function pullStream(batches: Batches, encode: (rows: ClaimExportRow[], first: boolean) => string, head: string, tail: string): ReadableStream<Uint8Array> {
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(encode(next.value, first)));
      first = false;
    },
    async cancel() {
      await batches.return?.(undefined);
    },
  });
}

// UTF-8 with a byte-order mark so Excel reads accents and quotes correctly; a header row first.
export function csvStream(batches: Batches): ReadableStream<Uint8Array> {
  const header = stringify([[...CLAIM_EXPORT_COLUMNS]], { eof: true });
  return pullStream(batches, (rows) => stringify(rows.map(toCsvCells), { eof: true }), `\uFEFF${header}`, "");
}

// {"filters":…,"total":N,"rows":[…]} written row by row.
export function jsonStream(batches: Batches, meta: Record<string, unknown>): ReadableStream<Uint8Array> {
  const head = `${JSON.stringify(meta).slice(0, -1)},"rows":[`;
  return pullStream(batches, (rows, first) => (first ? "" : ",") + rows.map((r) => JSON.stringify(r)).join(","), head, "]}");
}

// XLSX through ExcelJS's streaming writer: rows are committed (written out and forgotten) as
// they come; values are plain strings and numbers, never formula objects.
export function xlsxStream(batches: Batches, sheetName = "Claims"): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...CLAIM_EXPORT_COLUMNS]).commit();
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      out.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      out.on("end", () => controller.close());
      out.on("error", (err) => controller.error(err));
    },
    async pull() {
      if (finished) return;
      const next = await batches.next();
      if (next.done) {
        finished = true;
        sheet.commit();
        await workbook.commit();
        return;
      }
      for (const row of next.value) sheet.addRow(toSheetCells(row)).commit();
      // Let the zip writer flush this batch before the next one is read.
      await new Promise((resolve) => setImmediate(resolve));
    },
    async cancel() {
      finished = true;
      out.destroy();
      await batches.return?.(undefined);
    },
  });
}
