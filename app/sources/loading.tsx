export default function SourcesLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p role="status" className="text-slate-700">Loading sources…</p>
      <div className="h-64 animate-pulse rounded-lg bg-slate-200" aria-hidden="true" />
    </div>
  );
}
