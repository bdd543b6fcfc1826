import type { ClaimRow } from "@/lib/db/claims";
import { claimAnchor } from "@/lib/export/claim-export-row";
import { formatDate } from "@/lib/sides/format-date";
import { formatFigure, formatMetric } from "@/lib/sides/format-figure";
import { getSideStyle } from "@/lib/sides/side-style";
import { SideChip } from "@/components/side-chip";
import { EvidenceSentence } from "./evidence-sentence";

// The same rows as the table, as cards for phone-width screens, where eight columns would
// leave the evidence sentence off to the side.
export function ClaimCards({ rows, figures }: { rows: ClaimRow[]; figures: Map<number, string> }) {
  return (
    <ul aria-label="Claims" className="space-y-3">
      {rows.map((c) => {
        const context = [
          c.actorSide && `actor: ${getSideStyle(c.actorSide).label}`,
          c.period && `period: ${c.period}`,
          c.location && `place: ${c.location}`,
        ].filter(Boolean);
        return (
          <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" style={{ boxShadow: `inset 3px 0 0 ${getSideStyle(c.side).dot}` }}>
            <div className="flex flex-wrap items-center gap-2">
              <SideChip side={c.side} />
              <span className="font-medium">{c.claimant?.name ?? "—"}</span>
            </div>
            <p className="mt-1.5">
              <span className="text-lg font-semibold tabular-nums">{formatFigure(c)}</span>{" "}
              <span className="font-medium">{formatMetric(c.metric)}</span> <span className="text-slate-600">“{c.unit}”</span>
            </p>
            {context.length > 0 && <p className="text-xs text-slate-700">{context.join(" · ")}</p>}
            <p className="mt-2 leading-relaxed text-slate-800">
              <EvidenceSentence sentence={c.sentence} figure={figures.get(c.id)} />{" "}
              <a href={claimAnchor(c)} className="font-medium text-blue-800 underline">
                Open in article<span className="sr-only">: {c.article.title}</span> →
              </a>
            </p>
            <p className="mt-1 text-xs text-slate-600">{[c.outlet?.name ?? "Unknown outlet", formatDate(c.date) ?? "undated"].join(" · ")}</p>
          </li>
        );
      })}
    </ul>
  );
}
