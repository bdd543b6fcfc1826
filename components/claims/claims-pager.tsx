import Link from "next/link";
import { serializeClaimFilters, type ClaimFilters } from "@/lib/filters/claim-filters";
import { withCursor } from "@/lib/filters/claim-cursor";

const linkClass = "rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 hover:border-slate-700";

// Keyset paging: "next" continues after the last row shown, "previous" walks back from the
// first, "first" drops the cursor. No page numbers, so no page costs more than the first.
export function ClaimsPager({ filters, nextAfter, prevBefore, shown }: { filters: ClaimFilters; nextAfter: number | null; prevBefore: number | null; shown: number }) {
  if (nextAfter === null && prevBefore === null) return null;
  const base = serializeClaimFilters({ ...filters, page: 1 });
  return (
    <nav aria-label="Pages of claims" className="flex flex-wrap items-center gap-2 text-sm">
      {prevBefore !== null && (
        <>
          <Link href={`/claims${base}`} className={linkClass}>« First</Link>
          <Link href={`/claims${withCursor(base, { before: prevBefore })}`} rel="prev" className={linkClass}>‹ Previous {shown}</Link>
        </>
      )}
      {nextAfter !== null && <Link href={`/claims${withCursor(base, { after: nextAfter })}`} rel="next" className={linkClass}>Next {shown} ›</Link>}
    </nav>
  );
}
