// Geometry of the per-topic dot plot: every side's figures on one shared axis, one lane per
// side, and cumulative totals in lanes of their own, labelled as such. Log scale when the
// figures span an order of magnitude or more, so a 7 and a 624 are both readable.
import { formatFigure } from "@/lib/sides/format-figure";
import { getSideStyle } from "@/lib/sides/side-style";
import { scaleOf, type Scale } from "./spread";
import type { TopicFigure } from "./types";

export interface PlotDot {
  claimId: number;
  x: number;
  /** End of a range figure ("60–70"), else null. */
  x2: number | null;
  color: string;
  title: string;
  cumulative: boolean;
}

export interface PlotLane {
  label: string;
  y: number;
  dots: PlotDot[];
}

export interface DotPlot {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  log: boolean;
  min: number;
  max: number;
  lanes: PlotLane[];
  scale: Scale;
  /** Figures on another scale (a percentage among counts) that the plot leaves out. */
  omitted: number;
}

const WIDTH = 280;
const LEFT = 58;
const RIGHT = WIDTH - 12;
const LANE = 16;
const TOP = 10;

export function buildDotPlot(figures: readonly TopicFigure[], columns: readonly string[], scale: Scale): DotPlot | null {
  const plotted = figures.filter((f) => scaleOf(f) === scale);
  if (plotted.length === 0) return null;
  const lows = plotted.map((f) => f.claim.value);
  const highs = plotted.map((f) => f.claim.valueMax ?? f.claim.value);
  let min = Math.min(...lows);
  let max = Math.max(...highs);
  const log = min > 0 && max / min >= 10;
  if (min === max) { min = min * 0.5; max = max * 1.5 || 1; }
  const pos = (v: number) => {
    const t = log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : (v - min) / (max - min);
    return Math.round((LEFT + Math.max(0, Math.min(1, t)) * (RIGHT - LEFT)) * 10) / 10;
  };
  const lanes: PlotLane[] = [];
  for (const side of columns) {
    const style = getSideStyle(side);
    for (const cumulative of [false, true]) {
      const mine = plotted.filter((f) => f.claim.side === side && (f.span.kind === "cumulative") === cumulative);
      if (mine.length === 0) continue;
      lanes.push({
        label: cumulative ? `${style.code} cum.` : style.code,
        y: TOP + lanes.length * LANE + LANE / 2,
        dots: mine.map((f) => ({
          claimId: f.claim.id,
          x: pos(f.claim.value),
          x2: f.claim.valueMax != null ? pos(f.claim.valueMax) : null,
          color: style.dot,
          cumulative,
          title: `${style.label}: ${formatFigure(f.claim)} (${f.span.label})${f.claim.claimant ? ` — ${f.claim.claimant}` : ""}`,
        })),
      });
    }
  }
  const axisY = TOP + lanes.length * LANE + 4;
  return { width: WIDTH, height: axisY + 16, plotLeft: LEFT, plotRight: RIGHT, axisY, log, min, max, lanes, scale, omitted: figures.length - plotted.length };
}
