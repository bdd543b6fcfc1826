// CSV without a library: RFC 4180 quoting (a cell holding a comma, a double quote, CR or LF is
// wrapped in double quotes, inner quotes doubled) after formula defusing, one string per row.
// csv-stringify gives the same bytes (tested) but spends most of a million-row export's time
// in its per-cell options machinery; a row here is one concatenation.
import { exportDay, exportLink, type RawExportRow } from "./claim-export-row";
import { defuseCell } from "./defuse-cell";

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

// csvLine for one export: the same bytes, with the cells that repeat from row to row (qualifier,
// unit, metric, claimant, side, actor, period, place, title, outlet, day) formatted once per
// distinct value, and the link's cell read from its base once (the rest of a link is
// "/articles/<id>#m-<id>" or "#claim-<id>": nothing to quote or defuse). At a million rows the
// two regular-expression tests per cell were a third of the export's formatting time.
export function csvLineFormatter(base: string): (r: RawExportRow, qualifierCell?: string, middle?: string) => string {
  const cells = new Map<string, string>();
  const cell = (value: string | null): string => {
    if (value === null) return "";
    let text = cells.get(value);
    if (text === undefined) {
      text = csvCell(value);
      // Bounded: titles are many at a million rows; repeats are mostly near each other.
      if (cells.size >= 50_000) cells.clear();
      cells.set(value, text);
    }
    return text;
  };
  const plainLinks = csvCell(`${base}/`) === `${base}/`;
  // (qualifierCell, middle: the qualifier's cell and the cells from metric to period, already
  // formatted by the caller, as csvExportRowFormatter does once per distinct combination)
  return (r, qualifierCell?: string, middle?: string) =>
    csvCell(r[0]) + "," + csvCell(r[1]) + "," + csvCell(r[2]) + "," + (qualifierCell ?? cell(r[3])) + "," + cell(r[4]) + "," +
    (middle ?? cell(r[5]) + "," + cell(r[6]) + "," + cell(r[7]) + "," + cell(r[8]) + "," + cell(r[9])) + "," + cell(r[10]) + "," + csvCell(r[11]) + "," +
    cell(r[12]) + "," + cell(r[13]) + "," + cell(exportDay(r[14])) + "," +
    (plainLinks ? exportLink(base, r[0], r[15], r[16]) : csvCell(exportLink(base, r[0], r[15], r[16]))) + "\n";
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

// csvLineFormatter's bytes for a CsvExportRow, names read through `names`.
export function csvExportRowFormatter(base: string, names: CsvNames): (r: CsvExportRow) => string {
  const line = csvLineFormatter(base);
  const cells = new Map<string, [string, string]>();
  const codesCells = (codes: string): [string, string] => {
    let hit = cells.get(codes);
    if (hit === undefined) {
      const parts = codes.split(CODE_SEPARATOR);
      if (parts.length !== 6) throw new Error(`export row codes have ${parts.length} parts, not 6: ${JSON.stringify(codes).slice(0, 80)}`);
      const [qualifier, metric, claimantId, side, actorSide, period] = parts;
      const claimant = names.claimant(claimantId === "" ? null : Number(claimantId));
      hit = [csvCell(qualifier), [metric, claimant, side, actorSide || null, period || null].map((v) => (v === null ? "" : csvCell(v))).join(",")];
      if (cells.size >= 50_000) cells.clear();
      cells.set(codes, hit);
    }
    return hit;
  };
  // (the rest of the line goes through csvLineFormatter, so both paths share their cell rules)
  const rest: RawExportRow = [0, 0, null, "", "", "", null, "", null, null, null, "", "", null, null, 0, null];
  return (r) => {
    const [qualifierCell, middle] = codesCells(r[3]);
    rest[0] = r[0]; rest[1] = r[1]; rest[2] = r[2]; rest[4] = r[4]; rest[10] = r[5]; rest[11] = r[6];
    rest[12] = names.title(r[9]); rest[13] = names.outlet(r[7]); rest[14] = r[8]; rest[15] = r[9]; rest[16] = r[10];
    return line(rest, qualifierCell, middle);
  };
}
