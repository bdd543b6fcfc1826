import Link from "next/link";
import { LIST_KEYS, hasActiveFilters, toggleFilterValue, type ClaimFilters } from "@/lib/filters/claim-filters";
import { selectedYear } from "@/lib/db/claim-facets";
import { claimsHref } from "./claims-href";
import { facetValueLabel } from "./facet-labels";

const KEY_LABELS: Record<string, string> = {
  side: "Side", actor: "Actor", metric: "Metric", claimant: "Claimant", outlet: "Outlet", location: "Location", period: "Period", article: "Article",
};

function Chip({ href, name, value }: { href: string; name: string; value: string }) {
  return (
    <li>
      <Link href={href} aria-label={`Remove filter ${name}: ${value}`} className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white py-0.5 pl-2.5 pr-1.5 text-sm hover:border-slate-500">
        <span className="text-slate-600">{name}:</span>
        <span className="font-medium">{value}</span>
        <span aria-hidden="true" className="grid size-4 place-items-center rounded-full bg-slate-200 text-xs text-slate-700">×</span>
      </Link>
    </li>
  );
}

// The selected filters as removable chips, each a plain link to the URL without it.
export function ActiveFilters({ filters }: { filters: ClaimFilters }) {
  if (!hasActiveFilters(filters)) return null;
  const year = selectedYear(filters);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {LIST_KEYS.flatMap((key) =>
          (filters[key] as Array<string | number>).map((v) => (
            <Chip key={`${key}-${v}`} href={claimsHref(toggleFilterValue(filters, key, v))} name={KEY_LABELS[key]} value={facetValueLabel(key === "side" || key === "actor" || key === "metric" ? key : "location", String(v))} />
          )),
        )}
        {filters.q && <Chip href={claimsHref({ ...filters, q: undefined })} name="Sentence has" value={`“${filters.q}”`} />}
        {year ? (
          <Chip href={claimsHref({ ...filters, from: undefined, to: undefined })} name="Year" value={year} />
        ) : (
          <>
            {filters.from && <Chip href={claimsHref({ ...filters, from: undefined })} name="From" value={filters.from} />}
            {filters.to && <Chip href={claimsHref({ ...filters, to: undefined })} name="To" value={filters.to} />}
          </>
        )}
      </ul>
      <Link href={claimsHref({ sort: filters.sort, dir: filters.dir })} className="text-sm text-blue-800 underline">Clear all filters</Link>
    </div>
  );
}
