// One export row per visible figure of each listed topic: exactly what /compare shows.
import { formatFigure } from "@/lib/sides/format-figure";
import { getSideStyle } from "@/lib/sides/side-style";
import type { CompareView } from "./build-view";
import { describeActor, describeMetric, describeTopic, describeWhen } from "./describe";
import { formatRatio } from "./spread";

export const COMPARE_EXPORT_COLUMNS = [
  "topic_id", "topic", "metric", "actor", "place", "topic_dates", "spread", "side", "figure", "value", "value_max", "qualifier",
  "span", "span_kind", "comparable", "claimant", "period", "sentence", "article_title", "outlet", "date", "link",
] as const;

export type CompareExportRow = Record<(typeof COMPARE_EXPORT_COLUMNS)[number], string | number | null>;

export function toCompareExportRows(view: Pick<CompareView, "rows" | "columns">, origin: string): CompareExportRow[] {
  const out: CompareExportRow[] = [];
  for (const row of view.rows) {
    const t = row.topic;
    const spread = row.spread.perIncident ? formatRatio(row.spread.perIncident.ratio) : "";
    // Column order, then the order the page lists figures within a cell.
    for (const side of view.columns) {
      for (const f of row.cells[side] ?? []) {
        const c = f.claim;
        out.push({
          topic_id: t.id, topic: describeTopic(t), metric: describeMetric(t), actor: describeActor(t.actorSide),
          place: t.place ?? "", topic_dates: describeWhen(t), spread,
          side: getSideStyle(c.side).label, figure: formatFigure(c), value: c.value, value_max: c.valueMax, qualifier: c.qualifier,
          span: f.span.label, span_kind: f.span.kind === "cumulative" ? "cumulative" : "per incident",
          comparable: row.spread.notComparable.get(c.id) ?? (row.spread.perIncident?.claimIds.includes(c.id) ? "yes" : ""),
          claimant: c.claimant ?? "", period: c.period ?? "", sentence: c.sentence, article_title: c.articleTitle,
          outlet: c.outlet ?? "", date: c.date ? c.date.toISOString().slice(0, 10) : "",
          link: `${origin}/articles/${c.articleId}${c.mentionId ? `#m-${c.mentionId}` : ""}`,
        });
      }
    }
  }
  return out;
}
