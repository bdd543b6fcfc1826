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

export async function getOverview() {
  const [articles, claims, claimants, outlets, bySide] = await Promise.all([
    prisma.article.count(),
    prisma.claim.count(),
    prisma.claimant.count(),
    prisma.outlet.count(),
    prisma.claim.groupBy({ by: ["side"], _count: { _all: true }, orderBy: { _count: { side: "desc" } } }),
  ]);
  return { articles, claims, claimants, outlets, bySide: bySide.map((s) => ({ side: s.side, count: s._count._all })) };
}
