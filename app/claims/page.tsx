import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { FACET_SAMPLE, getClaimFacets } from "@/lib/db/claim-facets";
import { CLAIMS_PER_PAGE, figureTexts, listClaimPage } from "@/lib/db/claims";
import { hasActiveFilters, parseClaimFilters } from "@/lib/filters/claim-filters";
import { parseClaimCursor } from "@/lib/filters/claim-cursor";
import { ActiveFilters } from "@/components/claims/active-filters";
import { ClaimsPager } from "@/components/claims/claims-pager";
import { ClaimsSearchForm } from "@/components/claims/claims-search-form";
import { ClaimCards } from "@/components/claims/claim-cards";
import { ClaimsTable } from "@/components/claims/claims-table";
import { ExportLinks } from "@/components/claims/export-links";
import { FacetList } from "@/components/claims/facet-list";
import { SortForm } from "@/components/claims/sort-form";
import { claimsHref } from "@/components/claims/claims-href";

export const metadata: Metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const filters = parseClaimFilters(params);
  const cursor = parseClaimCursor(params);
  const [page, facets] = await Promise.all([listClaimPage(filters, cursor), getClaimFacets(filters)]);
  const figures = await figureTexts(page.rows.map((r) => r.id));
  const filtered = hasActiveFilters(filters);
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Claims</h1>
          <p className="text-slate-700">Every figure found in the articles, who asserts it, and the sentence it came from.</p>
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">
          {page.capped && "More than "}
          <span className="font-semibold tabular-nums text-slate-900" data-testid="claims-total">{page.total.toLocaleString("en-US")}</span>{" "}
          {page.total === 1 ? "claim" : "claims"}{filtered ? (page.total === 1 && !page.capped ? " matches these filters" : " match these filters") : " in all"}
        </p>
      </header>
      <ClaimsSearchForm filters={filters} />
      <ActiveFilters filters={filters} />
      <a href="#facets" className="inline-block text-sm text-blue-800 underline lg:hidden">Jump to filters by side, claimant, outlet…</a>
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside id="facets" aria-labelledby="facets-heading" className="order-last lg:order-first">
          <h2 id="facets-heading" className="mb-3 px-2 text-lg font-semibold">Filter</h2>
          <FacetList facets={facets} filters={filters} />
          {facets.sampled && <p className="mt-4 px-2 text-xs text-slate-600">Counts marked ≥ cover the {FACET_SAMPLE.toLocaleString("en-US")} most recently added matching claims; the full counts are at least these.</p>}
        </aside>
        <section aria-labelledby="results-heading" className="min-w-0 space-y-3">
          <h2 id="results-heading" className="sr-only">Results</h2>
          {page.total > 0 && <ExportLinks filters={filters} total={page.total} capped={page.capped} />}
          {page.rows.length > 0 ? (
            <>
              <div className="hidden md:block"><ClaimsTable rows={page.rows} filters={filters} figures={figures} /></div>
              <div className="space-y-3 md:hidden">
                <SortForm filters={filters} />
                <ClaimCards rows={page.rows} figures={figures} />
              </div>
              <ClaimsPager filters={filters} nextAfter={page.nextAfter} prevBefore={page.prevBefore} shown={CLAIMS_PER_PAGE} />
            </>
          ) : (
            <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-slate-700">
              {filtered ? (
                <p>
                  No claims match these filters. Remove a filter above, try a shorter search, or{" "}
                  <Link href={claimsHref({})} className="text-blue-800 underline">clear all filters</Link>.
                </p>
              ) : page.total > 0 ? (
                <p>This page is past the end of the list. <Link href={claimsHref(filters)} className="text-blue-800 underline">Back to the first page</Link>.</p>
              ) : (
                <p>
                  No claims yet. <Link href="/ingest" className="text-blue-800 underline">Add articles</Link> or run{" "}
                  <code className="rounded bg-slate-100 px-1">npm run ingest -- PATH</code>; their figures appear here.
                </p>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
