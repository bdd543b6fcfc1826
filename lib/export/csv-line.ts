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
export function csvLineFormatter(base: string): (r: RawExportRow) => string {
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
  return (r) =>
    csvCell(r[0]) + "," + csvCell(r[1]) + "," + csvCell(r[2]) + "," + cell(r[3]) + "," + cell(r[4]) + "," + cell(r[5]) + "," +
    cell(r[6]) + "," + cell(r[7]) + "," + cell(r[8]) + "," + cell(r[9]) + "," + cell(r[10]) + "," + csvCell(r[11]) + "," +
    cell(r[12]) + "," + cell(r[13]) + "," + cell(exportDay(r[14])) + "," +
    (plainLinks ? exportLink(base, r[0], r[15], r[16]) : csvCell(exportLink(base, r[0], r[15], r[16]))) + "\n";
}
