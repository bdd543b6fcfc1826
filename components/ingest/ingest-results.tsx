import Link from "next/link";
import type { FileResult } from "@/lib/ingest/upload-schema";
import { SideChip } from "@/components/side-chip";

const STATUS = {
  new: { label: "Added", className: "bg-green-100 text-green-900 ring-green-300" },
  unchanged: { label: "Already stored", className: "bg-slate-100 text-slate-800 ring-slate-300" },
  failed: { label: "Failed", className: "bg-red-100 text-red-900 ring-red-300" },
} as const;

export function IngestResults({ results }: { results: FileResult[] }) {
  const added = results.filter((r) => r.status === "new").length;
  const failed = results.filter((r) => r.status === "failed").length;
  return (
    <section aria-labelledby="ingest-results-heading" className="space-y-3">
      <h2 id="ingest-results-heading" className="text-lg font-semibold">
        Results: {added} added, {results.length - added - failed} already stored, {failed} failed
      </h2>
      <ul className="space-y-2">
        {results.map((r, i) => (
          <li key={`${r.name}-${i}`} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-status={r.status}>
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS[r.status].className}`}>{STATUS[r.status].label}</span>
              <span className="font-medium break-all">{r.name}</span>
            </div>
            {r.status === "failed" ? (
              <p className="mt-1 text-red-900">{r.reason}</p>
            ) : (
              <>
                <p className="mt-1">
                  <Link href={`/articles/${r.articleId}`} className="text-blue-700 underline">{r.title}</Link>
                  <span className="text-slate-600"> · {r.claims} {r.claims === 1 ? "claim" : "claims"}</span>
                </p>
                {r.figures.length > 0 && (
                  <ul className="mt-2 space-y-1" aria-label={`Figures found in ${r.name}`}>
                    {r.figures.map((f, j) => (
                      <li key={j} className="flex flex-wrap items-center gap-2 text-xs">
                        <SideChip side={f.side} />
                        <span className="font-semibold tabular-nums">{f.figure}</span>
                        <span className="text-slate-600">{f.metric} · {f.claimant}</span>
                      </li>
                    ))}
                    {r.claims > r.figures.length && <li className="text-xs text-slate-600">…and {r.claims - r.figures.length} more on the article page.</li>}
                  </ul>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
