import "server-only";
import { prisma } from "./client";

// Claimants with their side, aliases and claim counts; outlets with article and claim counts.
// Both lists are small (one row per source, not per claim), so they are read whole.
export async function listClaimants() {
  const rows = await prisma.claimant.findMany({
    select: { id: true, name: true, side: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } }, _count: { select: { claims: true } } },
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, side: r.side, kind: r.kind, aliases: r.aliases.map((a) => a.alias).filter((a) => a !== r.name), claims: r._count.claims }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

export async function listOutlets() {
  const rows = await prisma.outlet.findMany({ select: { id: true, name: true, domain: true, _count: { select: { articles: true, claims: true } } } });
  return rows
    .map((r) => ({ id: r.id, name: r.name, domain: r.domain, articles: r._count.articles, claims: r._count.claims }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

export type ClaimantSummary = Awaited<ReturnType<typeof listClaimants>>[number];
export type OutletSummary = Awaited<ReturnType<typeof listOutlets>>[number];
