import type { FacetKey } from "@/lib/db/claim-facets";
import { formatMetric } from "@/lib/sides/format-figure";
import { getSideStyle } from "@/lib/sides/side-style";

export const FACET_TITLES: Record<FacetKey, string> = {
  side: "Side", claimant: "Claimant", outlet: "Outlet", metric: "Metric", location: "Location", period: "Period", year: "Year",
};

// How a facet value reads in lists and chips (the URL keeps the raw key).
export function facetValueLabel(key: FacetKey | "actor", value: string): string {
  if (key === "side" || key === "actor") return getSideStyle(value).label;
  if (key === "metric") return formatMetric(value);
  return value;
}
