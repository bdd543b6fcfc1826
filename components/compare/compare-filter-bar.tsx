import Link from "next/link";
import { METRICS, SIDES } from "@/lib/extract/types";
import type { CompareOptions } from "@/lib/db/compare-claims";
import type { CompareFilters } from "@/lib/filters/compare-filters";
import { formatMetric } from "@/lib/sides/format-figure";
import { getSideStyle } from "@/lib/sides/side-style";

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-slate-700 focus:outline-none focus:ring-2 focus:ring-slate-300";
const label = "block text-xs font-medium text-slate-700";

// A GET form: submitting it is a URL change, so filters are shareable and Back works.
export function CompareFilterBar({ compare, options }: { compare: CompareFilters; options: CompareOptions }) {
  const f = compare.filters;
  const extra = (key: "claimant" | "outlet" | "location" | "metric") => f[key].slice(1).map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={v} />);
  return (
    <form method="get" action="/compare" role="search" aria-label="Filter the comparison" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      {compare.col.map((c) => <input key={c} type="hidden" name="col" value={c} />)}
      {f.actor.map((a) => <input key={a} type="hidden" name="actor" value={a} />)}
      {f.period.map((p) => <input key={p} type="hidden" name="period" value={p} />)}
      <fieldset>
        <legend className={label}>Topics where these sides give a figure</legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {SIDES.map((s) => (
            <label key={s} className="inline-flex items-center gap-1 text-sm">
              <input type="checkbox" name="side" value={s} defaultChecked={f.side.includes(s)} className="h-4 w-4" />
              {getSideStyle(s).label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <label className={label}>Metric
          <select name="metric" defaultValue={f.metric[0] ?? ""} className={input}>
            <option value="">Any metric</option>
            {METRICS.map((m) => <option key={m} value={m}>{formatMetric(m)}</option>)}
          </select>
        </label>
        <label className={label}>Claimant
          <input name="claimant" list="compare-claimants" defaultValue={f.claimant[0] ?? ""} placeholder="e.g. Airwars" className={input} />
        </label>
        <label className={label}>Outlet
          <select name="outlet" defaultValue={f.outlet[0] ?? ""} className={input}>
            <option value="">Any outlet</option>
            {options.outlets.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
        <label className={label}>Place
          <input name="location" list="compare-locations" defaultValue={f.location[0] ?? ""} placeholder="e.g. Raqqa" className={input} />
        </label>
        <label className={label}>From
          <input type="date" name="from" defaultValue={f.from ?? ""} className={input} />
        </label>
        <label className={label}>To
          <input type="date" name="to" defaultValue={f.to ?? ""} className={input} />
        </label>
        <label className={`${label} col-span-2 sm:col-span-3 lg:col-span-3`}>Words in the sentence
          <input type="search" name="q" defaultValue={f.q ?? ""} placeholder="e.g. hospital" className={input} />
        </label>
        <label className={label}>Order
          <select name="order" defaultValue={compare.order} className={input}>
            <option value="recent">Most recent first</option>
            <option value="spread">Widest spread first</option>
          </select>
        </label>
        <label className="col-span-2 flex items-end gap-2 pb-1.5 text-sm sm:col-span-1 lg:col-span-2">
          <input type="checkbox" name="all" value="1" defaultChecked={compare.all} className="h-4 w-4" />
          Also show topics where only one side gives figures
        </label>
      </div>
      {extra("metric")}{extra("claimant")}{extra("outlet")}{extra("location")}
      <datalist id="compare-claimants">{options.claimants.map((c) => <option key={c} value={c} />)}</datalist>
      <datalist id="compare-locations">{options.locations.map((l) => <option key={l} value={l} />)}</datalist>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2">Apply filters</button>
        <Link href={compare.col.length ? `/compare?${compare.col.map((c) => `col=${c}`).join("&")}` : "/compare"} className="text-sm text-blue-700 underline">Clear filters</Link>
      </div>
    </form>
  );
}
