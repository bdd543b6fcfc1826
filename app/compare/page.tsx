import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ColumnPicker } from "@/components/compare/column-picker";
import { CompareFilterBar } from "@/components/compare/compare-filter-bar";
import { DownloadLinks } from "@/components/compare/download-links";
import { TopicRow } from "@/components/compare/topic-row";
import { SideChip } from "@/components/side-chip";
import { COMPARE_CLAIM_CAP, listCompareOptions } from "@/lib/db/compare-claims";
import { loadCompareView } from "@/lib/db/compare-view";
import { TOPIC_WINDOW_DAYS } from "@/lib/compare/group-topics";
import { hasActiveFilters } from "@/lib/filters/claim-filters";
import { parseCompareFilters, serializeCompareFilters } from "@/lib/filters/compare-filters";

export const metadata: Metadata = { title: "Compare" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const compare = parseCompareFilters(await searchParams);
  const [view, options] = await Promise.all([loadCompareView(compare, { page: compare.filters.page }), listCompareOptions()]);
  const { matched, capped, claimCount, page, pages, pageRows: rows } = view;
  const pageHref = (p: number) => `/compare${serializeCompareFilters({ ...compare, filters: { ...compare.filters, page: p } })}`;
  const filtered = hasActiveFilters(compare.filters);
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Compare competing figures</h1>
        <p className="max-w-3xl text-slate-700">
          Each row is a topic: one metric, one actor, overlapping time (within {TOPIC_WINDOW_DAYS} days) and a compatible place. Each column is a side.
          Cumulative totals are marked <span className="rounded bg-amber-100 px-1 text-amber-900">Σ</span> and never compared with per-incident figures.
        </p>
      </header>
      <CompareFilterBar compare={compare} options={options} />
      <ColumnPicker compare={compare} columns={view.columns} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700" role="status">
          <strong>{view.rows.length.toLocaleString("en-US")}</strong> {compare.all ? "topics" : "topics where two or more sides compete"}
          {" "}({view.competingCount.toLocaleString("en-US")} competing of {view.topicCount.toLocaleString("en-US")}) from {claimCount.toLocaleString("en-US")} claims
          {capped && <> — <strong>only the {COMPARE_CLAIM_CAP.toLocaleString("en-US")} most recent claims were grouped</strong>; narrow by metric or dates to see older ones</>}
          {matched && <>; figures matching your filters are highlighted</>}.
        </p>
        <DownloadLinks compare={compare} />
      </div>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          <p className="font-medium">No topics to compare here.</p>
          <p className="mt-1 text-sm">
            {claimCount === 0
              ? <>There are no claims{filtered ? " under these filters" : " yet"}. <Link href="/ingest" className="text-blue-700 underline">Add articles</Link>{filtered && <> or <Link href="/compare" className="text-blue-700 underline">clear the filters</Link></>}.</>
              : <>No topic has figures from two of the chosen columns. Add side columns above, tick “Also show topics where only one side gives figures”, or <Link href="/compare" className="text-blue-700 underline">clear the filters</Link>.</>}
          </p>
        </div>
      ) : (
        <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
          <table className="block w-full border-collapse text-sm md:table">
            <caption className="sr-only">Competing figures by topic (rows) and side (columns)</caption>
            <thead className="sr-only md:not-sr-only md:table-header-group">
              <tr className="md:bg-slate-50">
                <th scope="col" className="p-3 text-left font-semibold">Topic and spread</th>
                {view.columns.map((side) => (
                  <th key={side} scope="col" className="min-w-[9rem] p-3 text-left" data-column={side}>
                    <SideChip side={side} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="block md:table-row-group">
              {rows.map((row) => <TopicRow key={row.topic.id} row={row} columns={view.columns} matched={matched} />)}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Topic pages" className="flex items-center gap-3 text-sm">
          {page > 1 && <Link href={pageHref(page - 1)} className="text-blue-700 underline">Previous</Link>}
          <span className="text-slate-600">Page {page} of {pages}</span>
          {page < pages && <Link href={pageHref(page + 1)} className="text-blue-700 underline">Next</Link>}
        </nav>
      )}
    </div>
  );
}
