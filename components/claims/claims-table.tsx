import type { ClaimRow } from "@/lib/db/claims";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { claimAnchor } from "@/lib/export/claim-export-row";
import { formatDate } from "@/lib/sides/format-date";
import { formatFigure, formatMetric } from "@/lib/sides/format-figure";
import { getSideStyle } from "@/lib/sides/side-style";
import { SideChip } from "@/components/side-chip";
import { EvidenceSentence } from "./evidence-sentence";
import { SortHeader } from "./sort-header";

const QUALIFIER_WORDS: Record<string, string> = { approx: "about", at_least: "at least", at_most: "at most", vague: "vague quantity", exact: "" };
const muted = <span className="text-slate-500">—</span>;

function Figure({ claim }: { claim: ClaimRow }) {
  const words = QUALIFIER_WORDS[claim.qualifier] ?? claim.qualifier;
  return (
    <>
      <span className="text-base font-semibold tabular-nums text-slate-900">{formatFigure(claim)}</span>
      {words && <span className="block text-xs text-slate-600">{words}</span>}
    </>
  );
}

function Context({ claim }: { claim: ClaimRow }) {
  const items: Array<[string, string | null]> = [
    ["actor", claim.actorSide ? getSideStyle(claim.actorSide).label : null],
    ["period", claim.period],
    ["place", claim.location],
  ];
  return (
    <dl className="space-y-0.5 text-xs">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="inline text-slate-600">{term}: </dt>
          <dd className="inline text-slate-900">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

// The table scrolls sideways inside its own labelled, focusable region on narrow screens, so
// the page itself never scrolls horizontally and keyboard users can scroll it too. (`relative`
// keeps the screen-reader-only text inside the region rather than widening the page.)
// "Open in article" is a plain link, a full navigation, so the browser sets :target on the
// highlighted sentence (client-side navigation scrolls to it but leaves :target unset).
export function ClaimsTable({ rows, filters, figures }: { rows: ClaimRow[]; filters: ClaimFilters; figures: Map<number, string> }) {
  return (
    <div role="region" aria-labelledby="claims-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700">
      <table className="w-full min-w-[52rem] border-collapse text-sm">
        <caption id="claims-caption" className="sr-only">Claims, one per row, with the sentence each was read from</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <SortHeader filters={filters} sortKey="value" label="Figure" />
            <SortHeader filters={filters} sortKey="metric" label="Metric" />
            <SortHeader filters={filters} sortKey="claimant" label="Claimant" also={{ sortKey: "side", label: "side" }} />
            <th scope="col" className="min-w-36 px-3 py-2 text-left font-semibold">Context</th>
            <SortHeader filters={filters} sortKey="outlet" label="Outlet" also={{ sortKey: "date", label: "date" }} />
            <th scope="col" className="w-[38%] px-3 py-2 text-left font-semibold">Evidence</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((c) => (
            <tr key={c.id} className="align-top" style={{ boxShadow: `inset 3px 0 0 ${getSideStyle(c.side).dot}` }}>
              <td className="px-3 py-2.5" data-col="figure"><Figure claim={c} /></td>
              <td className="px-3 py-2.5" data-col="metric">
                <span className="font-medium">{formatMetric(c.metric)}</span>
                <span className="block text-xs text-slate-600">“{c.unit}”</span>
              </td>
              <td className="px-3 py-2.5">
                <span className="block font-medium" data-col="claimant">{c.claimant?.name ?? "—"}</span>
                <span className="mt-1 block" data-col="side"><SideChip side={c.side} /></span>
              </td>
              <td className="px-3 py-2.5"><Context claim={c} /></td>
              <td className="px-3 py-2.5">
                <span className="block" data-col="outlet">{c.outlet?.name ?? muted}</span>
                <span className="block whitespace-nowrap text-xs tabular-nums text-slate-600" data-col="date">{formatDate(c.date) ?? "undated"}</span>
              </td>
              <td className="px-3 py-2.5 leading-relaxed text-slate-800" data-col="evidence">
                <EvidenceSentence sentence={c.sentence} figure={figures.get(c.id)} />{" "}
                <a href={claimAnchor(c)} className="whitespace-nowrap font-medium text-blue-800 underline" title={c.article.title}>
                  Open in article<span className="sr-only">: {c.article.title}</span> →
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
