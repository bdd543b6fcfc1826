import Link from "next/link";
import type { FacetKey, FacetValue, Facets } from "@/lib/db/claim-facets";
import { selectedYear } from "@/lib/db/claim-facets";
import { toggleFilterValue, type ClaimFilters } from "@/lib/filters/claim-filters";
import { getSideStyle } from "@/lib/sides/side-style";
import { claimsHref } from "./claims-href";
import { FACET_TITLES, facetValueLabel } from "./facet-labels";

const ORDER: FacetKey[] = ["side", "claimant", "outlet", "metric", "location", "period", "year"];

function isSelected(filters: ClaimFilters, key: FacetKey, value: string): boolean {
  return key === "year" ? selectedYear(filters) === value : (filters[key] as string[]).includes(value);
}

// A year is a from/to pair covering that calendar year; choosing the selected year clears it.
function toggleHref(filters: ClaimFilters, key: FacetKey, value: string): string {
  if (key === "year") {
    const on = selectedYear(filters) === value;
    return claimsHref({ ...filters, from: on ? undefined : `${value}-01-01`, to: on ? undefined : `${value}-12-31` });
  }
  return claimsHref(toggleFilterValue(filters, key, value));
}

// `atLeast`: the facet was counted over a sample of the matches, so each count is a lower bound.
function FacetItem({ filters, facet, item, atLeast }: { filters: ClaimFilters; facet: FacetKey; item: FacetValue; atLeast: boolean }) {
  const selected = isSelected(filters, facet, item.value);
  const label = facetValueLabel(facet, item.value);
  return (
    <li>
      <Link
        href={toggleHref(filters, facet, item.value)}
        aria-current={selected ? "true" : undefined}
        className={`flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 ${selected ? "bg-slate-100 font-semibold text-slate-900" : "text-slate-800"}`}
      >
        <span aria-hidden="true" className={`grid size-3.5 shrink-0 place-items-center rounded-sm border text-[10px] leading-none ${selected ? "border-slate-900 bg-slate-900 text-white" : "border-slate-400"}`}>
          {selected ? "✓" : ""}
        </span>
        {facet === "side" && <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: getSideStyle(item.value).dot }} />}
        <span className="min-w-0 flex-1 truncate" title={label}>{label}</span>
        <span className="tabular-nums text-slate-600">{atLeast && <><span aria-hidden="true">≥</span><span className="sr-only">at least </span></>}{item.count.toLocaleString("en-US")}</span>
        {selected && <span className="sr-only">(selected; choose to remove)</span>}
      </Link>
    </li>
  );
}

// Facets with no values under the current filters are left out rather than listed empty.
export function FacetList({ facets, filters }: { facets: Facets; filters: ClaimFilters }) {
  const shown = ORDER.filter((key) => facets[key].length > 0);
  if (shown.length === 0) return <p className="px-2 text-sm text-slate-600">Nothing to filter by: no claims match. Remove a filter to see values here.</p>;
  return (
    <div className="space-y-5">
      {shown.map((key) => (
        <section key={key} aria-labelledby={`facet-${key}`}>
          <h3 id={`facet-${key}`} className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{FACET_TITLES[key]}</h3>
          <ul>
            {facets[key].map((item) => <FacetItem key={item.value} filters={filters} facet={key} item={item} atLeast={facets.atLeast.includes(key)} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}
