import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilters } from "@/lib/filters/claim-filters";

// Translates the parsed filters into one Prisma where clause. `searchIds` are the claims whose
// sentence matches f.q through the word index (ftsPhrase in claim-where-sql.ts), which Prisma
// cannot query: resolveClaimWhere (claims.ts) reads them first. Without them q is a substring
// match, as the SQL filter does for a query of punctuation alone.
export function buildClaimWhere(f: ClaimFilters, searchIds?: number[]): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.side.length) and.push({ side: { in: f.side } });
  if (f.actor.length) and.push({ actorSide: { in: f.actor } });
  if (f.metric.length) and.push({ metric: { in: f.metric } });
  if (f.claimant.length) and.push({ claimant: { name: { in: f.claimant } } });
  if (f.outlet.length) and.push({ outlet: { name: { in: f.outlet } } });
  if (f.location.length) and.push({ location: { in: f.location } });
  if (f.period.length) and.push({ period: { in: f.period } });
  if (f.article.length) and.push({ articleId: { in: f.article } });
  if (f.q) and.push(searchIds ? { id: { in: searchIds } } : { sentence: { contains: f.q } });
  if (f.from) and.push({ date: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ date: { lte: new Date(`${f.to}T23:59:59.999Z`) } });
  return and.length ? { AND: and } : {};
}
