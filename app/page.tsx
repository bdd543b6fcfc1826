import Link from "next/link";
import { connection } from "next/server";
import { getOverview } from "@/lib/db/articles";
import { SideChip } from "@/components/side-chip";

export default async function HomePage() {
  await connection();
  const overview = await getOverview();
  const stats = [
    { label: "articles", value: overview.articles, href: "/articles" },
    { label: "claims", value: overview.claims, href: "/claims" },
    { label: "claimants", value: overview.claimants, href: "/sources" },
    { label: "outlets", value: overview.outlets, href: "/sources" },
  ];
  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">When official figures disagree</h1>
        <p className="text-lg text-slate-700">
          Counterclaim reads news articles, pulls out every numeric claim — the figure, what it counts, who asserts it and on whose
          behalf — and sets competing claims side by side: Moscow&apos;s strike tallies against Washington&apos;s, a monitor&apos;s civilian toll
          against a coalition&apos;s admission. Every number links back to the sentence it came from.
        </p>
      </section>
      <section aria-labelledby="holdings" className="space-y-3">
        <h2 id="holdings" className="text-sm font-semibold uppercase tracking-wide text-slate-500">What the database holds</h2>
        <ul aria-label="Holdings" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {stats.map((s) => (
            <li key={s.label}>
              <Link href={s.href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-slate-400">
                <span className="block text-sm text-slate-600">{s.label}</span>
                <span className="block text-2xl font-semibold tabular-nums">{s.value.toLocaleString("en-US")}</span>
              </Link>
            </li>
          ))}
        </ul>
        {overview.bySide.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label="Claims by side">
            {overview.bySide.map((s) => (
              <li key={s.side}>
                <Link href={`/claims?side=${s.side}`} className="inline-flex items-center gap-1 text-sm">
                  <SideChip side={s.side} /> <span className="tabular-nums text-slate-600">{s.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">
            No articles yet. <Link href="/ingest" className="text-blue-700 underline">Add articles</Link> or run <code>npm run ingest -- PATH</code>.
          </p>
        )}
      </section>
      <section className="flex flex-wrap gap-3">
        <Link href="/compare" className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700">Compare competing figures</Link>
        <Link href="/articles" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:border-slate-500">Read the articles</Link>
      </section>
    </div>
  );
}
