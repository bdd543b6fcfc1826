// Test helper: a generic export row (RawExportRow, names in place) as the CSV statement's row and
// the name lookups that give its names back, so the CSV formatter can be checked against csvLine.
import type { RawExportRow } from "./claim-export-row";
import { CODE_SEPARATOR, type CsvExportRow, type CsvNames } from "./csv-line";

// Claimant and outlet ids are the row's id; the title is looked up by the row's article id, so
// rows with different titles need different article ids (the formatter caches per article).
export function toCsvExportRows(rows: RawExportRow[]): { rows: CsvExportRow[]; names: CsvNames } {
  const claimants = new Map<number, string>();
  const outlets = new Map<number, string>();
  const titles = new Map<number, string>();
  const out = rows.map((r): CsvExportRow => {
    if (r[6] !== null) claimants.set(r[0], r[6]);
    if (r[13] !== null) outlets.set(r[0], r[13]);
    titles.set(r[15], r[12]);
    const codes = [r[3], r[5], r[6] === null ? "" : String(r[0]), r[7], r[8] ?? "", r[9] ?? ""].join(CODE_SEPARATOR);
    return [r[0], r[1], r[2], codes, r[4], r[10], r[11], r[13] === null ? null : r[0], r[14], r[15], r[16]];
  });
  return {
    rows: out,
    names: {
      claimant: (id) => (id === null ? null : claimants.get(id) ?? null),
      outlet: (id) => (id === null ? null : outlets.get(id) ?? null),
      title: (id) => titles.get(id) ?? "",
    },
  };
}
