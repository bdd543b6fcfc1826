// The comparison as CSV, Markdown and XLSX. Comparisons are capped (5,000 claims), so these
// build in memory; the claims export streams because it has no such cap.
import { stringify } from "csv-stringify/sync";
import { defuseCell } from "@/lib/export/defuse-cell";
import { COMPARE_EXPORT_COLUMNS, type CompareExportRow } from "./export-rows";

const cellText = (v: string | number | null) => (v == null ? "" : typeof v === "number" ? String(v) : defuseCell(v));

export function toCompareCsv(rows: CompareExportRow[]): string {
  const body = stringify([[...COMPARE_EXPORT_COLUMNS], ...rows.map((r) => COMPARE_EXPORT_COLUMNS.map((k) => cellText(r[k])))], { eof: true });
  return `\uFEFF${body}`;
}

const MD_COLUMNS = ["topic", "side", "figure", "span", "claimant", "date", "outlet", "spread", "link"] as const;

function mdCell(v: string | number | null): string {
  return String(v ?? "").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;");
}

export function toCompareMarkdown(rows: CompareExportRow[], title: string): string {
  const head = `| ${MD_COLUMNS.join(" | ")} |\n|${MD_COLUMNS.map(() => " --- ").join("|")}|\n`;
  const body = rows.map((r) => `| ${MD_COLUMNS.map((k) => mdCell(r[k])).join(" | ")} |`).join("\n");
  return `# ${mdCell(title)}\n\n${rows.length} figures.\n\n${head}${body}${body ? "\n" : ""}`;
}

export async function toCompareXlsx(rows: CompareExportRow[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Comparison");
  sheet.columns = COMPARE_EXPORT_COLUMNS.map((k) => ({ header: k, key: k, width: k === "sentence" ? 80 : k === "topic" ? 50 : 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of rows) {
    sheet.addRow(Object.fromEntries(COMPARE_EXPORT_COLUMNS.map((k) => [k, typeof r[k] === "number" ? r[k] : cellText(r[k])])));
  }
  const buffer = await book.xlsx.writeBuffer();
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).buffer;
}
