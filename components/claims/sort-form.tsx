import { LIST_KEYS, SORT_KEYS, type ClaimFilters, type SortKey } from "@/lib/filters/claim-filters";

const LABELS: Record<SortKey, string> = { date: "Date", value: "Figure", metric: "Metric", side: "Side", claimant: "Claimant", outlet: "Outlet" };
const selectClass = "mt-1 block rounded-md border border-slate-400 bg-white px-2 py-1.5 text-base";

// Sorting for the card view, where there are no column headers: a GET form keeping the filters.
export function SortForm({ filters }: { filters: ClaimFilters }) {
  return (
    <form action="/claims" method="get" aria-label="Sort claims" className="flex flex-wrap items-end gap-2">
      {LIST_KEYS.flatMap((key) => (filters[key] as Array<string | number>).map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={String(v)} />))}
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      {filters.from && <input type="hidden" name="from" value={filters.from} />}
      {filters.to && <input type="hidden" name="to" value={filters.to} />}
      <label className="text-sm font-medium text-slate-800">
        Sort by
        <select name="sort" defaultValue={filters.sort} className={selectClass}>
          {SORT_KEYS.map((k) => <option key={k} value={k}>{LABELS[k]}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Order
        <select name="dir" defaultValue={filters.dir} className={selectClass}>
          <option value="desc">Descending</option>
          <option value="asc">Ascending</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium">Sort</button>
    </form>
  );
}
