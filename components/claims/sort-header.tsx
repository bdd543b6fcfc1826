import Link from "next/link";
import type { ClaimFilters, SortKey } from "@/lib/filters/claim-filters";
import { claimsHref } from "./claims-href";

// Numbers and dates read best newest/largest first; names alphabetically.
const FIRST_DIR: Record<SortKey, "asc" | "desc"> = { date: "desc", value: "desc", metric: "asc", side: "asc", claimant: "asc", outlet: "asc" };

function SortLink({ filters, sortKey, label }: { filters: ClaimFilters; sortKey: SortKey; label: string }) {
  const active = filters.sort === sortKey;
  const dir = active ? (filters.dir === "asc" ? "desc" : "asc") : FIRST_DIR[sortKey];
  const arrow = active ? (filters.dir === "asc" ? "↑" : "↓") : "↕";
  return (
    <Link href={claimsHref({ ...filters, sort: sortKey, dir })} className="inline-flex items-center gap-1 whitespace-nowrap text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900">
      {label}
      <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-500"}>{arrow}</span>
      <span className="sr-only">{`, sort ${dir === "asc" ? "ascending" : "descending"}`}</span>
    </Link>
  );
}

// A column header that sorts by its key; `also` adds a second key shown in the same column
// (claimant and side, outlet and date).
export function SortHeader({ filters, sortKey, label, also }: { filters: ClaimFilters; sortKey: SortKey; label: string; also?: { sortKey: SortKey; label: string } }) {
  const activeKey = [sortKey, also?.sortKey].find((k) => k === filters.sort);
  return (
    <th scope="col" aria-sort={activeKey ? (filters.dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left font-semibold">
      <SortLink filters={filters} sortKey={sortKey} label={label} />
      {also && (
        <>
          <span className="text-slate-500"> · </span>
          <SortLink filters={filters} sortKey={also.sortKey} label={also.label} />
        </>
      )}
    </th>
  );
}
