import "server-only";
import { findGazetteerEntry, type ExtractedClaim } from "@/lib/extract";
import type { PreparedArticle } from "@/lib/ingest/prepare-article";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "./client";

type Tx = Prisma.TransactionClient;

export type StoreResult = { status: "new"; id: number; claims: number } | { status: "unchanged"; id: number; claims: number };

async function ensureOutlet(tx: Tx, name: string | null): Promise<number | null> {
  if (!name) return null;
  const outlet = await tx.outlet.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  return outlet.id;
}

async function ensureClaimant(tx: Tx, claim: ExtractedClaim, cache: Map<string, number>): Promise<number> {
  const cached = cache.get(claim.claimant);
  if (cached) return cached;
  const entry = findGazetteerEntry(claim.claimant);
  const row = await tx.claimant.upsert({
    where: { name: claim.claimant },
    create: {
      name: claim.claimant,
      side: entry?.side ?? claim.side,
      kind: entry?.kind ?? (claim.side === "media" ? "outlet" : "organisation"),
      aliases: { create: (entry?.aliases ?? []).slice(0, 50).map((alias) => ({ alias })) },
    },
    update: {},
    select: { id: true },
  });
  cache.set(claim.claimant, row.id);
  return row.id;
}

// Writes claims (and their mentions) for an article inside the caller's transaction.
export async function writeClaims(tx: Tx, articleId: number, outletId: number | null, date: Date | null, claims: ExtractedClaim[]): Promise<void> {
  const claimants = new Map<string, number>();
  for (const c of claims) {
    const claimantId = await ensureClaimant(tx, c, claimants);
    await tx.claim.create({
      data: {
        articleId, outletId, date, claimantId,
        value: c.value, valueMax: c.valueMax, qualifier: c.qualifier, unit: c.unit, metric: c.metric,
        side: c.side, actorSide: c.actorSide, period: c.period, location: c.location,
        sentence: c.sentence, start: c.start, end: c.end, cue: c.cue, speaker: c.speaker,
        mentions: { create: c.mentions.map((m) => ({ start: m.start, end: m.end, sentence: m.sentence })) },
      },
    });
  }
}

// One transaction per article: a failure (or a killed process) never leaves half an article.
export async function storeArticle(article: PreparedArticle): Promise<StoreResult> {
  const existing = await prisma.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true, _count: { select: { claims: true } } } });
  if (existing) return { status: "unchanged", id: existing.id, claims: existing._count.claims };
  try {
    return await prisma.$transaction(async (tx) => {
      const outletId = await ensureOutlet(tx, article.outlet);
      const created = await tx.article.create({
        data: {
          title: article.title.slice(0, 500), outletId, publishedAt: article.publishedAt, text: article.text,
          original: article.original, format: article.format, contentHash: article.contentHash,
          source: article.source.slice(0, 1000), extractorVersion: article.extractorVersion,
        },
        select: { id: true },
      });
      await writeClaims(tx, created.id, outletId, article.publishedAt, article.claims);
      return { status: "new" as const, id: created.id, claims: article.claims.length };
    });
  } catch (error) {
    // A concurrent ingest stored the same text first: that is success, not failure.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const row = await prisma.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true, _count: { select: { claims: true } } } });
      if (row) return { status: "unchanged", id: row.id, claims: row._count.claims };
    }
    throw error;
  }
}
