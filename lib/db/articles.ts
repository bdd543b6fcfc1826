import "server-only";
import { prisma } from "./client";

export const ARTICLES_PER_PAGE = 50;

export async function listArticles(page = 1) {
  const [rows, total] = await Promise.all([
    prisma.article.findMany({
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (page - 1) * ARTICLES_PER_PAGE,
      take: ARTICLES_PER_PAGE,
      select: { id: true, title: true, publishedAt: true, source: true, format: true, outlet: { select: { name: true } }, _count: { select: { claims: true } } },
    }),
    prisma.article.count(),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)) };
}

export async function getArticle(id: number) {
  return prisma.article.findUnique({
    where: { id },
    select: {
      id: true, title: true, text: true, publishedAt: true, source: true, format: true, ingestedAt: true, extractorVersion: true,
      outlet: { select: { id: true, name: true } },
      claims: {
        orderBy: { start: "asc" },
        include: { claimant: { select: { id: true, name: true } }, mentions: { select: { id: true, start: true, end: true }, orderBy: { start: "asc" } } },
      },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

// Claims and claims by side come from the facet rollup (every claim has one 'side' row there):
// a few hundred rows, where counting and grouping the claims read a million index entries.
export async function getOverview() {
  const [articles, bySide, claimants, outlets] = await Promise.all([
    prisma.article.count(),
    prisma.$queryRawUnsafe<Array<{ side: string; n: number | bigint }>>(
      `SELECT value AS side, sum(n) AS n FROM ClaimFacetCount WHERE facet = 'side' GROUP BY value ORDER BY n DESC, value`),
    prisma.claimant.count(),
    prisma.outlet.count(),
  ]);
  const sides = bySide.map((s) => ({ side: s.side, count: Number(s.n) }));
  return { articles, claims: sides.reduce((n, s) => n + s.count, 0), claimants, outlets, bySide: sides };
}
