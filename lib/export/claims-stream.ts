// Streams of exported claims, read from an open export (lib/db/claims-export-sql) one raw row
// at a time. Each pull fills one chunk of about 256 KB and the next pull comes only when the
// client has taken it, so memory holds a chunk (not the export) and a slow client slows the
// read instead of filling the server's memory. The export is closed at the end, on error and
// when the client goes away.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { CLAIM_EXPORT_COLUMNS, exportBase, rawToExportRow, toSheetCells, type RawExportRow } from "./claim-export-row";
import { EXPORT_CHUNK_CHARS } from "./export-limits";
import { csvExportRowFormatter, csvHeader, type CsvExportRow, type CsvNames } from "./csv-line";

export interface ExportRowSource {
  rows: Iterator<RawExportRow>;
  close(): void;
}

/** Bytes to send after the rows (an export's second half, formatted elsewhere); null at the end. */
export interface ChunkTail {
  next(): Promise<Uint8Array | null>;
  close(): void;
}

function pullStream<Row>(source: { rows: Iterator<Row>; close(): void }, head: string, encode: (row: Row, first: boolean) => string, tail: string, after?: ChunkTail): ReadableStream<Uint8Array> {
  let pending = head;
  let first = true;
  let rowsDone = false;
  const closeAll = () => {
    source.close();
    after?.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (rowsDone) {
            const chunk = await after!.next();
            if (chunk) controller.enqueue(chunk);
            else {
              if (tail) controller.enqueue(Buffer.from(tail));
              closeAll();
              controller.close();
            }
            return;
          }
          let chunk = pending;
          pending = "";
          while (chunk.length < EXPORT_CHUNK_CHARS) {
            const next = source.rows.next();
            if (next.done) {
              source.close();
              if (after) {
                rowsDone = true;
                if (chunk) controller.enqueue(Buffer.from(chunk));
                return;
              }
              controller.enqueue(Buffer.from(chunk + tail));
              controller.close();
              return;
            }
            chunk += encode(next.value, first);
            first = false;
          }
          controller.enqueue(Buffer.from(chunk));
        } catch (error) {
          closeAll();
          controller.error(error);
        }
      },
      cancel() {
        closeAll();
      },
    },
    { highWaterMark: 1 },
  );
}

// UTF-8 with a byte-order mark so Excel reads accents and quotes correctly; a header row first.
// Rows are the CSV export's own statement's (CsvExportRow: names read through `names`); after:
// the lines of the rows that follow them, already formatted (lib/db/claims-export-split).
export function csvExportStream(source: { rows: Iterator<CsvExportRow>; names: CsvNames; close(): void }, origin: string, after?: ChunkTail): ReadableStream<Uint8Array> {
  const line = csvExportRowFormatter(exportBase(origin), source.names);
  return pullStream(source, `\uFEFF${csvHeader(CLAIM_EXPORT_COLUMNS)}`, (row) => line(row), "", after);
}

// {"filters":…,"total":N,…,"rows":[…]} written row by row.
export function jsonStream(source: ExportRowSource, origin: string, meta: Record<string, unknown>): ReadableStream<Uint8Array> {
  const base = exportBase(origin);
  const head = `${JSON.stringify(meta).slice(0, -1)}${Object.keys(meta).length ? "," : ""}"rows":[`;
  return pullStream(source, head, (row, first) => (first ? "" : ",") + JSON.stringify(rawToExportRow(row, base)), "]}");
}

const XLSX_ROWS_PER_PULL = 2_000;

// XLSX through ExcelJS's streaming writer: rows are committed (written out and forgotten) as
// they come; values are plain strings and numbers, never formula objects.
export function xlsxStream(source: ExportRowSource, origin: string, sheetName = "Claims"): ReadableStream<Uint8Array> {
  const base = exportBase(origin);
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
      try {
        for (let n = 0; n < XLSX_ROWS_PER_PULL; n++) {
          const next = source.rows.next();
          if (next.done) {
            finished = true;
            source.close();
            sheet.commit();
            await workbook.commit();
            return;
          }
          sheet.addRow(toSheetCells(rawToExportRow(next.value, base))).commit();
        }
      } catch (error) {
        finished = true;
        source.close();
        out.destroy(error as Error);
        return;
      }
      // Let the zip writer flush this batch before the next one is read.
      await new Promise((resolve) => setImmediate(resolve));
    },
    cancel() {
      finished = true;
      out.destroy();
      source.close();
    },
  });
}
