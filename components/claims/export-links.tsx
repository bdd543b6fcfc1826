import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { EXPORT_ROW_CAP } from "@/lib/export/export-limits";
import { exportHref } from "./claims-href";

const FORMATS = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "XLSX" },
  { format: "json", label: "JSON" },
] as const;

// Plain download links: the export is the whole filtered set in the current sort, not just
// the page on screen, and the button text says so.
export function ExportLinks({ filters, total, capped }: { filters: ClaimFilters; total: number; capped: boolean }) {
  // A capped total is only a lower bound: the export then says "all" without a number.
  const count = capped ? "" : `${Math.min(total, EXPORT_ROW_CAP).toLocaleString("en-US")} `;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-labelledby="export-label">
      <span id="export-label" className="text-sm text-slate-700">
        Download all {count}matching {total === 1 && !capped ? "row" : "rows"}{capped ? ` (up to ${EXPORT_ROW_CAP.toLocaleString("en-US")})` : ""}:
      </span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          href={exportHref(filters, format)}
          download
          aria-label={`Download all ${count}matching rows as ${label}`}
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          {label}
        </a>
      ))}
    </div>
  );
}
