import "server-only";
import { loadCompareClaims } from "./compare-claims";
import type { CompareFilters } from "@/lib/filters/compare-filters";
import { buildCompareView, type CompareView } from "@/lib/compare/build-view";

export interface LoadedCompareView extends CompareView {
  claimCount: number;
  capped: boolean;
  matched: ReadonlySet<number> | null;
}

// The one path from URL filters to the comparison, shared by the page and /api/compare.
export async function loadCompareView(c: CompareFilters): Promise<LoadedCompareView> {
  const { claims, matched, capped } = await loadCompareClaims(c.filters);
  const view = buildCompareView(claims, { columns: c.col, preferred: c.filters.side, showAll: c.all, matched, order: c.order });
  return { ...view, claimCount: claims.length, capped, matched };
}
