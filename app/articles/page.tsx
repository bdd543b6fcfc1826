import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { listArticles } from "@/lib/db/articles";
import { formatDate } from "@/lib/sides/format-date";

export const metadata: Metadata = { title: "Articles" };

const pageParams = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).catch(1) });

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { page } = pageParams.parse({ page: [(await searchParams).page].flat()[0] });
  const { rows, total, pages } = await listArticles(page);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <p className="text-sm text-slate-600">{total.toLocaleString("en-US")} stored</p>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          No articles here. <Link href="/ingest" className="text-blue-700 underline">Add some</Link>.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((a) => (
            <li key={a.id} className="p-4">
              <Link href={`/articles/${a.id}`} className="text-lg font-medium text-slate-900 hover:text-blue-800 hover:underline">
                {a.title}
              </Link>
              <p className="mt-1 text-sm text-slate-600">
                {[a.outlet?.name ?? "Unknown outlet", formatDate(a.publishedAt) ?? "undated", `${a._count.claims} claims`].join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 && <Link href={`/articles?page=${page - 1}`} className="text-blue-700 underline">Previous</Link>}
          <span className="text-slate-600">Page {page} of {pages}</span>
          {page < pages && <Link href={`/articles?page=${page + 1}`} className="text-blue-700 underline">Next</Link>}
        </nav>
      )}
    </div>
  );
}
