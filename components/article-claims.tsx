import Link from "next/link";
import type { ArticleDetail } from "@/lib/db/articles";
import { formatFigure, formatMetric } from "@/lib/sides/format-figure";
import { SideChip } from "./side-chip";

type Claim = ArticleDetail["claims"][number];

// The claim's topic on /compare: same metric and actor, topics naming its place.
function compareHref(c: Claim): string {
  const p = new URLSearchParams({ metric: c.metric });
  if (c.actorSide) p.set("actor", c.actorSide);
  if (c.location) p.set("location", c.location);
  p.set("all", "1");
  return `/compare?${p.toString()}`;
}

export function ArticleClaims({ claims }: { claims: Claim[] }) {
  if (claims.length === 0) return <p className="text-slate-600">No numeric claims were found in this article.</p>;
  return (
    <ol className="space-y-2">
      {claims.map((c) => (
        <li key={c.id} id={`claim-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <Link href={`#m-${c.mentions[0]?.id}`} className="text-lg font-semibold tabular-nums text-slate-900 underline decoration-slate-300 hover:decoration-slate-900">
              {formatFigure(c)}
            </Link>
            <span className="font-medium">{formatMetric(c.metric)}</span>
            <span className="text-slate-600">“{c.unit}”</span>
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <SideChip side={c.side} />
            <span>{c.claimant?.name ?? "—"}</span>
            {c.actorSide && <span className="text-slate-600">actor: {c.actorSide.replace("_", " ")}</span>}
          </div>
          <p className="mt-1 text-slate-600">
            {c.cue || c.speaker ? <>attributed via “{c.cue ?? "—"}”{c.speaker ? <> to “{c.speaker}”</> : null}</> : "no source named: the outlet's own statement"}
            {c.period && <> · period {c.period}</>}
            {c.location && <> · {c.location}</>}
            {c.mentions.length > 1 && <> · stated {c.mentions.length} times</>}
          </p>
          <p className="mt-1">
            <Link href={compareHref(c)} className="text-xs text-blue-700 underline">Compare with other sides’ figures</Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
