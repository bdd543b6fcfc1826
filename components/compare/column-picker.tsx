import Link from "next/link";
import { SIDES } from "@/lib/extract/types";
import { serializeCompareFilters, type CompareFilters } from "@/lib/filters/compare-filters";
import { getSideStyle } from "@/lib/sides/side-style";
import { SideChip } from "@/components/side-chip";

// Plain links, so choosing and ordering columns needs no script and every state is a URL.
export function ColumnPicker({ compare, columns }: { compare: CompareFilters; columns: string[] }) {
  const href = (col: string[]) => `/compare${serializeCompareFilters({ ...compare, col, filters: { ...compare.filters, page: 1 } })}`;
  const move = (i: number, by: number) => {
    const next = [...columns];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    return href(next);
  };
  const others = SIDES.filter((s) => !columns.includes(s));
  const btn = "rounded border border-slate-300 bg-white px-1.5 text-xs leading-5 hover:border-slate-600 focus-visible:outline-2";
  return (
    <section aria-labelledby="columns-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="columns-heading" className="text-sm font-semibold">Side columns, in order</h2>
      <ol className="mt-2 flex flex-wrap gap-2" aria-label="Shown columns">
        {columns.map((side, i) => {
          const name = getSideStyle(side).label;
          return (
            <li key={side} className="flex items-center gap-1 rounded border border-slate-200 bg-slate-50 py-0.5 pl-1 pr-1">
              <SideChip side={side} />
              {i > 0 && <Link href={move(i, -1)} className={btn} aria-label={`Move ${name} left`}>←</Link>}
              {i < columns.length - 1 && <Link href={move(i, 1)} className={btn} aria-label={`Move ${name} right`}>→</Link>}
              {columns.length > 1 && <Link href={href(columns.filter((s) => s !== side))} className={btn} aria-label={`Remove ${name} column`}>✕</Link>}
            </li>
          );
        })}
      </ol>
      {others.length > 0 && (
        <p className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
          <span>Add:</span>
          {others.map((side) => (
            <Link key={side} href={href([...columns, side])} className={btn} aria-label={`Add ${getSideStyle(side).label} column`}>
              + {getSideStyle(side).label}
            </Link>
          ))}
          {compare.col.length > 0 && <Link href={href([])} className="ml-2 text-blue-700 underline">Reset columns</Link>}
        </p>
      )}
    </section>
  );
}
