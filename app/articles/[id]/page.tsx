import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { getArticle } from "@/lib/db/articles";
import { ArticleText } from "@/components/article-text";
import { ArticleClaims } from "@/components/article-claims";
import { SideLegend } from "@/components/side-legend";
import { formatDate } from "@/lib/sides/format-date";
import { formatFigure, formatMetric } from "@/lib/sides/format-figure";

const idParam = z.coerce.number().int().positive().max(2 ** 31);

type Props = { params: Promise<{ id: string }> };

async function loadArticle(params: Props["params"]) {
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFound();
  const article = await getArticle(id.data);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return { title: (await loadArticle(params)).title };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const article = await loadArticle(params);
  const spans = article.claims.flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, key: String(m.id), claimId: c.id, side: c.side })));
  const titles = new Map(article.claims.map((c) => [c.id, `${formatFigure(c)} ${formatMetric(c.metric)} — ${c.claimant?.name ?? c.side}`]));
  const sides = [...new Set(article.claims.map((c) => c.side))];
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/articles" className="text-blue-700 underline">Articles</Link>
        </p>
        <h1 className="text-2xl font-semibold leading-snug sm:text-3xl">{article.title}</h1>
        <p className="text-sm text-slate-600">
          {[article.outlet?.name ?? "Unknown outlet", formatDate(article.publishedAt) ?? "undated", `${article.claims.length} claims`, `from ${article.source.split(/[\\/]/).pop()}`].join(" · ")}
        </p>
        {sides.length > 0 && <SideLegend sides={sides} />}
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <section aria-label="Article text" className="rounded-lg border border-slate-200 bg-white p-5 sm:p-7">
          <ArticleText text={article.text} spans={spans} titles={titles} />
        </section>
        <section aria-labelledby="claims-heading" className="space-y-3">
          <h2 id="claims-heading" className="text-lg font-semibold">Claims in this article</h2>
          <ArticleClaims claims={article.claims} />
        </section>
      </div>
      <p className="text-xs text-slate-500">
        Ingested {article.ingestedAt.toISOString().slice(0, 16).replace("T", " ")} UTC with extractor {article.extractorVersion}.
      </p>
    </article>
  );
}
