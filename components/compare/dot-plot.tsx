import { buildDotPlot } from "@/lib/compare/dot-plot";
import type { Scale } from "@/lib/compare/spread";
import type { TopicFigure } from "@/lib/compare/types";
import { formatNumber } from "@/lib/sides/format-figure";

// Server-rendered SVG: side code labels and a <title> per dot, so colour is never the only cue.
export function DotPlot({ figures, columns, scale, label }: { figures: TopicFigure[]; columns: string[]; scale: Scale; label: string }) {
  const plot = buildDotPlot(figures, columns, scale);
  if (!plot || plot.lanes.length < 2) return null;
  const unit = scale === "percent" ? "%" : "";
  return (
    <svg viewBox={`0 0 ${plot.width} ${plot.height}`} width={plot.width} height={plot.height} role="img" aria-label={`${label}: each side's figures on one ${plot.log ? "logarithmic" : "linear"} axis`} className="max-w-full overflow-visible">
      {plot.lanes.map((lane) => (
        <g key={lane.label}>
          <text x={plot.plotLeft - 6} y={lane.y + 3.5} textAnchor="end" className="fill-slate-700 font-mono text-[10px]">{lane.label}</text>
          <line x1={plot.plotLeft} x2={plot.plotRight} y1={lane.y} y2={lane.y} className="stroke-slate-200" strokeDasharray={lane.label.endsWith("cum.") ? "2 3" : undefined} />
          {lane.dots.map((dot) => (
            <g key={dot.claimId}>
              <title>{dot.title}</title>
              {dot.x2 != null && <line x1={dot.x} x2={dot.x2} y1={lane.y} y2={lane.y} stroke={dot.color} strokeWidth={3} strokeLinecap="round" />}
              {dot.cumulative ? (
                <rect x={dot.x - 4} y={lane.y - 4} width={8} height={8} transform={`rotate(45 ${dot.x} ${lane.y})`} fill="white" stroke={dot.color} strokeWidth={2} />
              ) : (
                <circle cx={dot.x} cy={lane.y} r={4.5} fill={dot.color} stroke="white" strokeWidth={1} />
              )}
            </g>
          ))}
        </g>
      ))}
      <line x1={plot.plotLeft} x2={plot.plotRight} y1={plot.axisY} y2={plot.axisY} className="stroke-slate-400" />
      <text x={plot.plotLeft} y={plot.axisY + 12} className="fill-slate-600 text-[10px]">{formatNumber(plot.min)}{unit}</text>
      <text x={plot.plotRight} y={plot.axisY + 12} textAnchor="end" className="fill-slate-600 text-[10px]">{formatNumber(plot.max)}{unit}</text>
      <text x={(plot.plotLeft + plot.plotRight) / 2} y={plot.axisY + 12} textAnchor="middle" className="fill-slate-500 text-[10px]">{plot.log ? "log scale" : "linear"}</text>
    </svg>
  );
}
