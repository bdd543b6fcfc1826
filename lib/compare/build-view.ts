// From grouped topics to what /compare and /api/compare show: the chosen side columns, the
// figures visible in them, whether ≥2 of those sides compete, and the spread. The page and
// every export read this one structure, so a download holds exactly the rows on screen.
import { SIDES } from "@/lib/extract/types";
import { groupTopics, sidesOf } from "./group-topics";
import { computeSpread, type Spread } from "./spread";
import type { CompareClaim, Topic, TopicFigure } from "./types";

export type CompareOrder = "recent" | "spread";

export interface CompareViewOptions {
  /** Side columns in order; empty = every side present, preferred ones first. */
  columns: readonly string[];
  preferred?: readonly string[];
  /** Show topics where fewer than two visible sides give figures. */
  showAll: boolean;
  /** Claims matching the user's filters; a topic is listed only if it holds one. Null = all. */
  matched: ReadonlySet<number> | null;
  order: CompareOrder;
}

export interface TopicRow {
  topic: Topic;
  cells: Record<string, TopicFigure[]>;
  visible: TopicFigure[];
  sides: string[];
  competing: boolean;
  spread: Spread;
}

export interface CompareView {
  columns: string[];
  rows: TopicRow[];
  topicCount: number;
  competingCount: number;
}

const CANONICAL = ["russia", "us_coalition", "monitor", "un", "syria_gov", "rebels", "turkey", "iran", "iraq_gov", "isis", "media", "other"];

/** Without a choice, the sides that compete most often, so the table stays readable. */
export const DEFAULT_COLUMN_COUNT = 6;

function defaultColumns(topics: Topic[], preferred: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of topics) {
    const sides = sidesOf(t.figures);
    if (sides.length < 2) continue;
    for (const s of sides) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || CANONICAL.indexOf(a[0]) - CANONICAL.indexOf(b[0])).map(([s]) => s);
  const picked = new Set([...preferred.filter((s) => counts.has(s) || topics.some((t) => sidesOf(t.figures).includes(s)))]);
  for (const s of ranked) if (picked.size < Math.max(DEFAULT_COLUMN_COUNT, preferred.length)) picked.add(s);
  const rest = [...CANONICAL, ...SIDES].filter((s, i, all) => all.indexOf(s) === i && picked.has(s) && !preferred.includes(s));
  return [...preferred.filter((s) => picked.has(s)), ...rest];
}

function maxRatio(r: TopicRow): number {
  return Math.max(r.spread.perIncident?.ratio ?? 0, r.spread.cumulative?.ratio ?? 0);
}

/** Figures a page lists per side and topic, newest first; the rest are counted, plotted and exported. */
export const FIGURES_PER_CELL = 12;

// The figures a page lists in one cell (in the topic's order: newest first), and in a whole row: the page reads
// sentences and names for exactly these.
export function listedInCell(figures: readonly TopicFigure[]): TopicFigure[] {
  return figures.slice(0, FIGURES_PER_CELL);
}

export function listedFigures(row: TopicRow): TopicFigure[] {
  return Object.values(row.cells).flatMap(listedInCell);
}

export function buildCompareView(claims: readonly CompareClaim[], opts: CompareViewOptions): CompareView {
  const all = groupTopics(claims);
  const candidates = opts.matched ? all.filter((t) => t.figures.some((f) => opts.matched?.has(f.claim.id))) : all;
  const columns = opts.columns.length ? [...opts.columns] : defaultColumns(candidates, opts.preferred ?? []);
  const rows: TopicRow[] = [];
  let competingCount = 0;
  for (const topic of candidates) {
    const visible = topic.figures.filter((f) => columns.includes(f.claim.side));
    if (visible.length === 0) continue;
    const sides = sidesOf(visible);
    const competing = sides.length >= 2;
    if (competing) competingCount++;
    if (!competing && !opts.showAll) continue;
    const cells: Record<string, TopicFigure[]> = {};
    for (const col of columns) cells[col] = visible.filter((f) => f.claim.side === col);
    rows.push({ topic, cells, visible, sides, competing, spread: computeSpread(visible) });
  }
  rows.sort((a, b) =>
    opts.order === "spread"
      ? maxRatio(b) - maxRatio(a) || (b.topic.to ?? -Infinity) - (a.topic.to ?? -Infinity)
      : (b.topic.to ?? -Infinity) - (a.topic.to ?? -Infinity) || Number(b.competing) - Number(a.competing) || b.visible.length - a.visible.length,
  );
  return { columns, rows, topicCount: candidates.length, competingCount };
}
