// Shown while a filter, sort or page change loads: the page's shape, with a spoken status.
export default function ClaimsLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Claims</h1>
      <p role="status" className="text-slate-700">Loading claims…</p>
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <div className="hidden space-y-3 lg:block" aria-hidden="true">
          {Array.from({ length: 6 }, (_, i) => <div key={i} className="h-24 animate-pulse rounded bg-slate-200" />)}
        </div>
        <div className="space-y-2" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-14 animate-pulse rounded bg-slate-200" />)}
        </div>
      </div>
    </div>
  );
}
