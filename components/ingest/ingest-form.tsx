"use client";

import { useActionState, useState } from "react";
import { ingestArticles } from "@/app/ingest/actions";
import { chosenFiles, MAX_UPLOAD_FILE_BYTES, MAX_UPLOAD_TOTAL_BYTES, UPLOAD_ACCEPT, type FileResult, type IngestResponse } from "@/lib/ingest/upload-schema";
import { IngestResults } from "./ingest-results";

const initial: IngestResponse = { error: null, results: [] };
const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-slate-700 focus:outline-none focus:ring-2 focus:ring-slate-300";

// Each file goes to the server action on its own, so progress shows file by file and one
// bad file never holds up the others.
export function IngestForm({ needsToken }: { needsToken: boolean }) {
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [state, submit, pending] = useActionState(async (_prev: IngestResponse, formData: FormData): Promise<IngestResponse> => {
    const files = chosenFiles(formData.getAll("files"));
    const text = String(formData.get("text") ?? "");
    const token = String(formData.get("token") ?? "");
    const total = files.reduce((n, f) => n + f.size, 0) + text.length;
    if (total > MAX_UPLOAD_TOTAL_BYTES) return { error: "These files are larger than 12 MB together; send fewer at once.", results: [] };
    if (files.length === 0 && !text.trim()) return { error: "Choose one or more files, or paste an article's text.", results: [] };
    const jobs: Array<{ name: string; data: FormData | null; tooBig?: FileResult }> = files.map((f) => {
      if (f.size > MAX_UPLOAD_FILE_BYTES) return { name: f.name, data: null, tooBig: { name: f.name, status: "failed", reason: `the file is ${(f.size / 1024 / 1024).toFixed(1)} MB; one article may be at most 5 MB` } };
      const data = new FormData();
      data.append("files", f);
      data.append("token", token);
      return { name: f.name, data };
    });
    if (text.trim()) {
      const data = new FormData();
      for (const key of ["text", "title", "outlet", "token"]) data.append(key, String(formData.get(key) ?? ""));
      jobs.push({ name: String(formData.get("title") || "pasted text"), data });
    }
    const results: FileResult[] = [];
    for (const [i, job] of jobs.entries()) {
      setProgress({ done: i, total: jobs.length, current: job.name });
      if (!job.data) { if (job.tooBig) results.push(job.tooBig); continue; }
      const response = await ingestArticles(job.data);
      if (response.error) { setProgress(null); return { error: response.error, results }; }
      results.push(...response.results);
    }
    setProgress(null);
    return { error: null, results };
  }, initial);

  return (
    <div className="space-y-6">
      <form action={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-describedby="ingest-limits">
        <div>
          <label htmlFor="ingest-files" className="block text-sm font-medium">Article files (.txt, .md, .html)</label>
          <input id="ingest-files" type="file" name="files" multiple accept={UPLOAD_ACCEPT} className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-slate-50 file:px-3 file:py-1.5" />
          <p id="ingest-limits" className="mt-1 text-xs text-slate-600">Up to 5 MB per file and 12 MB in all. Each file is stored whole or not at all; a file already stored is recognised and left unchanged.</p>
        </div>
        <fieldset className="space-y-2 border-t border-slate-200 pt-3">
          <legend className="text-sm font-medium">…or paste an article</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="block text-xs font-medium text-slate-700">Title<input name="title" className={field} placeholder="Headline" /></label>
            <label className="block text-xs font-medium text-slate-700">Outlet<input name="outlet" className={field} placeholder="e.g. Reuters" /></label>
          </div>
          <label className="block text-xs font-medium text-slate-700">Article text<textarea name="text" rows={6} className={field} placeholder="Paste the article's text here" /></label>
        </fieldset>
        {needsToken && (
          <label className="block max-w-sm text-xs font-medium text-slate-700">Write token (this server may be reachable from other machines, so writes need COUNTERCLAIM_WRITE_TOKEN)
            <input type="password" name="token" autoComplete="off" required className={field} />
          </label>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-wait disabled:bg-slate-500">
            {pending ? "Adding…" : "Add articles"}
          </button>
          <p role="status" aria-live="polite" className="text-sm text-slate-700">
            {pending && progress ? `Reading ${progress.current} (${progress.done + 1} of ${progress.total})…` : pending ? "Working…" : ""}
          </p>
        </div>
        {pending && progress && <progress value={progress.done} max={progress.total} aria-label="Files done" className="h-2 w-full" />}
      </form>
      {state.error && <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{state.error}</p>}
      {state.results.length > 0 && <IngestResults results={state.results} />}
    </div>
  );
}
