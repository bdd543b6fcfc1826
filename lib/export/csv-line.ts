// CSV without a library: RFC 4180 quoting (a cell holding a comma, a double quote, CR or LF is
// wrapped in double quotes, inner quotes doubled) after formula defusing, one string per row.
// csv-stringify gives the same bytes (tested) but spends most of a million-row export's time
// in its per-cell options machinery; a row here is one concatenation.
import { exportDay, exportLink, type RawExportRow } from "./claim-export-row";
import { defuseCell } from "./defuse-cell";
import { EXPORT_CHUNK_CHARS } from "./export-limits";

const NEEDS_QUOTES = /[",\r\n]/;

// Every cell is defused, numbers included (a negative number would otherwise be "-…").
// A number's text is digits, '.', 'e', '+' after the 'e', or Infinity/NaN: it never needs
// quotes, and only a leading '-' needs defusing. Same bytes as defuseCell + quoting (tested).
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const text = String(value);
    return text.charCodeAt(0) === 45 ? `'${text}` : text;
  }
  const text = defuseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(columns: readonly string[]): string {
  return `${columns.map(csvCell).join(",")}\n`;
}

// One export row as a CSV line, columns in CLAIM_EXPORT_COLUMNS order; base is the origin
// without a trailing slash.
export function csvLine(r: RawExportRow, base: string): string {
  return (
    csvCell(r[0]) + "," + csvCell(r[1]) + "," + csvCell(r[2]) + "," + csvCell(r[3]) + "," + csvCell(r[4]) + "," + csvCell(r[5]) + "," +
    csvCell(r[6]) + "," + csvCell(r[7]) + "," + csvCell(r[8]) + "," + csvCell(r[9]) + "," + csvCell(r[10]) + "," + csvCell(r[11]) + "," +
    csvCell(r[12]) + "," + csvCell(r[13]) + "," + csvCell(exportDay(r[14])) + "," + csvCell(exportLink(base, r[0], r[15], r[16])) + "\n"
  );
}

// csvCell, remembered per distinct value (bounded: titles are many at a million rows; repeats
// are mostly near each other).
function cachedCells(): (value: string | null) => string {
  const cells = new Map<string, string>();
  return (value) => {
    if (value === null) return "";
    let text = cells.get(value);
    if (text === undefined) {
      text = csvCell(value);
      if (cells.size >= 50_000) cells.clear();
      cells.set(value, text);
    }
    return text;
  };
}

// A row of the CSV export's own statement (lib/db buildCsvExportSql): the low-cardinality columns
// come as one string, so SQLite hands over 11 values a row instead of 17 (each value costs it
// about 0.1-0.2 µs at a million rows) and the line's middle is formatted once per distinct string.
export type CsvExportRow = [
  id: number, value: number, valueMax: number | null,
  /** qualifier, metric, claimant id, side, actor side, period, joined by U+001F (these are the
   * extractor's vocabulary and ids, never article text, so they cannot hold the separator) */
  codes: string,
  unit: string, location: string | null, sentence: string, outletId: number | null, date: string | number | null, articleId: number, mentionId: number | null,
];

export interface CsvNames {
  claimant(id: number | null): string | null;
  outlet(id: number | null): string | null;
  title(articleId: number): string;
}

export const CODE_SEPARATOR = "\u001f";

// csvLine's bytes for a CsvExportRow, names read through `names`. What repeats from row to row is
// formatted once (at a million rows the two regular-expression tests per cell were a third of the
// formatting time): the codes per distinct string, title and outlet per article, the day per stored
// date (rows come in date order by default, so the last one is usually the next), and the link's
// base once (the rest of a link is "/articles/<id>#m-<id>" or "#claim-<id>": nothing to quote).
export function csvExportRowFormatter(base: string, names: CsvNames): (r: CsvExportRow) => string {
  const cell = cachedCells();
  const codes = new Map<string, [qualifier: string, metricToPeriod: string]>();
  const codesCells = (text: string): [string, string] => {
    let hit = codes.get(text);
    if (hit === undefined) {
      const parts = text.split(CODE_SEPARATOR);
      if (parts.length !== 6) throw new Error(`export row codes have ${parts.length} parts, not 6: ${JSON.stringify(text).slice(0, 80)}`);
      const [qualifier, metric, claimantId, side, actorSide, period] = parts;
      const claimant = names.claimant(claimantId === "" ? null : Number(claimantId));
      // the qualifier's cell, then (after the unit's) the cells from metric to period
      hit = [csvCell(qualifier), [metric, claimant, side, actorSide || null, period || null].map((v) => (v === null ? "" : csvCell(v))).join(",")];
      if (codes.size >= 50_000) codes.clear();
      codes.set(text, hit);
    }
    return hit;
  };
  const plainLinks = csvCell(`${base}/`) === `${base}/`;
  let lastArticle = -1;
  let lastOutlet: number | null = -1;
  let articleCells = "";
  let lastDate: string | number | null | undefined;
  let dayCell = "";
  return (r) => {
    const [qualifierCell, metricToPeriod] = codesCells(r[3]);
    if (r[9] !== lastArticle || r[7] !== lastOutlet) {
      lastArticle = r[9];
      lastOutlet = r[7];
      articleCells = `${cell(names.title(r[9]))},${cell(names.outlet(r[7]))}`;
    }
    if (r[8] !== lastDate) {
      lastDate = r[8];
      dayCell = cell(exportDay(r[8]));
    }
    const link = exportLink(base, r[0], r[9], r[10]);
    return csvCell(r[0]) + "," + csvCell(r[1]) + "," + csvCell(r[2]) + "," + qualifierCell + "," + cell(r[4]) + "," + metricToPeriod + "," +
      cell(r[5]) + "," + csvCell(r[6]) + "," + articleCells + "," + dayCell + "," + (plainLinks ? link : csvCell(link)) + "\n";
  };
}

// An export's CSV lines for `rows`, joined into chunks of about EXPORT_CHUNK_CHARS (the worker's
// file and the request thread's fallback for the second half of a split export).
export function* csvChunks(rows: Iterable<CsvExportRow>, names: CsvNames, base: string): Generator<string> {
  const line = csvExportRowFormatter(base, names);
  let chunk = "";
  for (const row of rows) {
    chunk += line(row);
    if (chunk.length >= EXPORT_CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}
