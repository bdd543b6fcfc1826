export default function CompareLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Compare competing figures</h1>
      <p role="status" className="text-slate-700">Grouping claims into topics…</p>
      <div className="space-y-3">
        {[0, 1, 2].map((i) => <div key={i} className="h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />)}
      </div>
    </div>
  );
}
