import type { Spread, SpreadStat } from "@/lib/compare/spread";
import { formatRatio } from "@/lib/compare/spread";
import { formatNumber } from "@/lib/sides/format-figure";

function Stat({ stat, cumulative }: { stat: SpreadStat; cumulative?: boolean }) {
  const unit = stat.scale === "percent" ? "%" : "";
  const wide = stat.ratio == null || stat.ratio >= 2;
  return (
    <p className="flex flex-wrap items-center gap-1.5 text-xs">
      <span className={`rounded px-1.5 py-0.5 font-semibold ${wide ? "bg-red-700 text-white" : "bg-slate-200 text-slate-900"}`}>
        {cumulative ? "Σ " : ""}{formatRatio(stat.ratio)}
      </span>
      <span className="text-slate-700">
        {formatNumber(stat.min)}{unit}–{formatNumber(stat.max)}{unit} ({cumulative ? "cumulative totals" : stat.basis}, {stat.sides.length} sides)
      </span>
    </p>
  );
}

export function SpreadBadge({ spread, competing }: { spread: Spread; competing: boolean }) {
  if (!competing) return <p className="text-xs text-slate-600">one side only</p>;
  if (!spread.perIncident && !spread.cumulative) return <p className="text-xs text-slate-600">sides give figures of different spans: not comparable</p>;
  return (
    <div className="space-y-1">
      {spread.perIncident && <Stat stat={spread.perIncident} />}
      {spread.cumulative && <Stat stat={spread.cumulative} cumulative />}
    </div>
  );
}
