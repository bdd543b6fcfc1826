import { LIST_KEYS, type ClaimFilters } from "@/lib/filters/claim-filters";

// A plain GET form: works without JavaScript, and the other filters ride along as hidden fields.
export function ClaimsSearchForm({ filters }: { filters: ClaimFilters }) {
  return (
    <form action="/claims" method="get" role="search" aria-label="Search claims" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {LIST_KEYS.flatMap((key) => (filters[key] as Array<string | number>).map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={String(v)} />))}
      {filters.sort !== "date" && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir !== "desc" && <input type="hidden" name="dir" value={filters.dir} />}
      <div className="min-w-0 flex-[3_1_16rem]">
        <label htmlFor="claims-q" className="block text-sm font-medium text-slate-800">Search the evidence sentences</label>
        <input
          id="claims-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} placeholder="e.g. Raqqa, cruise missiles, hospital"
          aria-describedby="claims-q-help"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base placeholder:text-slate-500 focus:border-blue-700 focus:outline-2 focus:outline-blue-700"
        />
        <p id="claims-q-help" className="mt-1 text-xs text-slate-600">Finds the words in this order; the last one may be the start of a word (“Alep” finds Aleppo).</p>
      </div>
      <div className="flex-[1_1_9rem]">
        <label htmlFor="claims-from" className="block text-sm font-medium text-slate-800">From date</label>
        <input id="claims-from" name="from" type="date" defaultValue={filters.from ?? ""} className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
      </div>
      <div className="flex-[1_1_9rem]">
        <label htmlFor="claims-to" className="block text-sm font-medium text-slate-800">To date</label>
        <input id="claims-to" name="to" type="date" defaultValue={filters.to ?? ""} className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
      </div>
      <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        Search
      </button>
    </form>
  );
}
