// CSV without a library: RFC 4180 quoting (a cell holding a comma, a double quote, CR or LF is
// wrapped in double quotes, inner quotes doubled) after formula defusing, one string per row.
// csv-stringify gives the same bytes (tested) but spends most of a million-row export's time
// in its per-cell options machinery; a row here is one concatenation.
import { exportDay, exportLink, type RawExportRow } from "./claim-export-row";
import { defuseCell } from "./defuse-cell";

const NEEDS_QUOTES = /[",\r\n]/;

// Every cell is defused, numbers included (a negative number would otherwise be "-…").
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = defuseCell(typeof value === "string" ? value : String(value));
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
