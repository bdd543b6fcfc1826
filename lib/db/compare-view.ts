import "server-only";
import { hydrateCompareClaims, loadCompareClaims } from "./compare-claims";
import type { CompareFilters } from "@/lib/filters/compare-filters";
import { buildCompareView, listedFigures, type CompareView, type TopicRow } from "@/lib/compare/build-view";

/** Topics listed per page of /compare. */
export const TOPICS_PER_PAGE = 40;

export interface LoadedCompareView extends CompareView {
  claimCount: number;
  capped: boolean;
  matched: ReadonlySet<number> | null;
  /** The topics of the page asked for (all rows when no page was asked for), and its position. */
  pageRows: TopicRow[];
  page: number;
  pages: number;
}

// The one path from URL filters to the comparison, shared by the page and /api/compare.
// Grouping reads only the columns it needs; the sentences, names and titles are read for the
// figures shown: the listed figures of one page of topics for the page (a topic restated by
// hundreds of articles lists its newest FIGURES_PER_CELL per side), every figure of every
// listed topic for an export (no page).
export async function loadCompareView(c: CompareFilters, options: { page?: number } = {}): Promise<LoadedCompareView> {
  const { claims, matched, capped } = await loadCompareClaims(c.filters);
  const view = buildCompareView(claims, { columns: c.col, preferred: c.filters.side, showAll: c.all, matched, order: c.order });
  const pages = options.page === undefined ? 1 : Math.max(1, Math.ceil(view.rows.length / TOPICS_PER_PAGE));
  const page = options.page === undefined ? 1 : Math.min(Math.max(1, options.page), pages);
  const pageRows = options.page === undefined ? view.rows : view.rows.slice((page - 1) * TOPICS_PER_PAGE, page * TOPICS_PER_PAGE);
  const shown = options.page === undefined ? pageRows.flatMap((r) => r.topic.figures) : pageRows.flatMap(listedFigures);
  await hydrateCompareClaims(shown.map((f) => f.claim));
  return { ...view, claimCount: claims.length, capped, matched, pageRows, page, pages };
}
