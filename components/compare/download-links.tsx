import { serializeCompareFilters, type CompareFilters } from "@/lib/filters/compare-filters";

const FORMATS = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel (XLSX)" },
  { format: "md", label: "Markdown" },
  { format: "json", label: "JSON" },
];

export function DownloadLinks({ compare }: { compare: CompareFilters }) {
  // Exports hold every listed topic, not one page of them.
  const base = { ...compare, filters: { ...compare.filters, page: 1 } };
  return (
    <nav aria-label="Download this comparison" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Download:</span>
      {FORMATS.map((f) => (
        <a key={f.format} href={`/api/compare${serializeCompareFilters(base, { format: f.format })}`} download className="rounded border border-slate-300 bg-white px-2 py-1 font-medium hover:border-slate-600">
          {f.label}
        </a>
      ))}
    </nav>
  );
}
