import type { TopicFigure } from "@/lib/compare/types";
import { formatDate } from "@/lib/sides/format-date";
import { formatFigure } from "@/lib/sides/format-figure";

// One figure in a side's cell: the number links to its highlighted sentence.
export function FigureItem({ figure, note, matched }: { figure: TopicFigure; note?: string; matched: boolean }) {
  const c = figure.claim;
  const cumulative = figure.span.kind === "cumulative";
  const href = `/articles/${c.articleId}${c.mentionId ? `#m-${c.mentionId}` : ""}`;
  return (
    <li className={`rounded border px-2 py-1.5 ${matched ? "border-slate-900 bg-yellow-50" : "border-slate-200 bg-white"}`} data-claim-id={c.id}>
      <div className="flex flex-wrap items-baseline gap-x-1.5">
        {/* A full navigation, not a client one: only then does the browser set :target, which outlines the sentence. */}
        <a href={href} className="text-base font-semibold tabular-nums text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900" title={c.sentence}>
          {formatFigure(c)}
        </a>
        <span className="text-xs text-slate-600">{c.unit}</span>
      </div>
      {cumulative ? (
        <p className="mt-0.5 inline-block rounded bg-amber-100 px-1 text-xs font-medium text-amber-900">Σ {figure.span.label}</p>
      ) : (
        <p className="mt-0.5 text-xs text-slate-600">{figure.span.label}</p>
      )}
      <p className="mt-0.5 text-xs text-slate-800">{c.claimant ?? "unnamed source"}</p>
      <p className="text-xs text-slate-600">{[c.outlet, formatDate(c.date) ?? "undated"].filter(Boolean).join(" · ")}</p>
      {note && !cumulative && <p className="mt-0.5 text-xs italic text-slate-600">not compared: {note}</p>}
    </li>
  );
}
