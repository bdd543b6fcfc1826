import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilters, SortKey } from "@/lib/filters/claim-filters";
import { prisma } from "./client";
import { buildClaimWhere } from "./claim-where";
import { loadClaimRows, pageIds, readPosition } from "./claim-page-sql";
import { rollupTotalSql, rollupWhere } from "./claim-rollup";
import { ftsPhrase, newestClaimsSource } from "./claim-where-sql";

// Keyset ("seek") paging over claims: every page and every export batch is one indexed
// range read that continues after the last row seen, so page 20,000 costs what page 1 costs
// (OFFSET would re-read every earlier row).

export const CLAIMS_PER_PAGE = 50;
// Where the rollup cannot give the total (a search, a claimant, a place, …), the page counts
// matches up to this many and beyond it says "more than": an exact count of a large match is a
// scan of every matching row on every page view.
export const COUNT_CAP = 10_000;

export const claimRowSelect = {
  id: true, value: true, valueMax: true, qualifier: true, unit: true, metric: true, side: true, actorSide: true,
  period: true, location: true, sentence: true, start: true, end: true, date: true, articleId: true,
  claimant: { select: { name: true, side: true } },
  outlet: { select: { name: true } },
  article: { select: { title: true } },
  // The first mention is the sentence the claim's figure was read from; its id is the article anchor.
  mentions: { select: { id: true }, orderBy: { start: "asc" }, take: 1 },
} satisfies Prisma.ClaimSelect;

export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimRowSelect }>;
type Dir = "asc" | "desc";
type KeyValue = string | number | Date | null;
export interface KeysetPosition { value: KeyValue; id: number }

// How each sort key orders and compares. NULL sorts lowest in SQLite (first ascending, last
// descending); the seek predicates below follow the same rule so no row is skipped or repeated.
interface SortSpec {
  orderBy: (dir: Dir) => Prisma.ClaimOrderByWithRelationInput;
  cmp: (op: "gt" | "lt", v: string | number | Date) => Prisma.ClaimWhereInput;
  eq: (v: string | number | Date) => Prisma.ClaimWhereInput;
  isNull?: Prisma.ClaimWhereInput;
  notNull?: Prisma.ClaimWhereInput;
  read: (row: ClaimRow) => KeyValue;
}

function scalar(field: "date" | "value" | "metric" | "side", nullable: boolean, read: (row: ClaimRow) => KeyValue): SortSpec {
  return {
    orderBy: (dir) => ({ [field]: dir }),
    cmp: (op, v) => ({ [field]: { [op]: v } }),
    eq: (v) => ({ [field]: v }),
    ...(nullable ? { isNull: { [field]: null }, notNull: { [field]: { not: null } } } : {}),
    read,
  };
}

const SORTS: Record<SortKey, SortSpec> = {
  date: scalar("date", true, (r) => r.date),
  value: scalar("value", false, (r) => r.value),
  metric: scalar("metric", false, (r) => r.metric),
  side: scalar("side", false, (r) => r.side),
  claimant: {
    orderBy: (dir) => ({ claimant: { name: dir } }),
    cmp: (op, v) => ({ claimant: { is: { name: { [op]: v } } } }),
    eq: (v) => ({ claimant: { is: { name: v as string } } }),
    isNull: { claimantId: null },
    notNull: { claimantId: { not: null } },
    read: (r) => r.claimant?.name ?? null,
  },
  outlet: {
    orderBy: (dir) => ({ outlet: { name: dir } }),
    cmp: (op, v) => ({ outlet: { is: { name: { [op]: v } } } }),
    eq: (v) => ({ outlet: { is: { name: v as string } } }),
    isNull: { outletId: null },
    notNull: { outletId: { not: null } },
    read: (r) => r.outlet?.name ?? null,
  },
};

// Rows strictly after `pos` in (key, id) order walking in direction `dir`.
export function seekWhere(sort: SortKey, dir: Dir, pos: KeysetPosition): Prisma.ClaimWhereInput {
  const spec = SORTS[sort];
  const op = dir === "asc" ? "gt" : "lt";
  const tie = { id: { [op]: pos.id } };
  if (pos.value === null) {
    // Walking up from NULL reaches every non-null value; walking down from NULL only ties remain.
    return dir === "asc" ? { OR: [{ AND: [spec.isNull ?? {}, tie] }, spec.notNull ?? {}] } : { AND: [spec.isNull ?? {}, tie] };
  }
  const or: Prisma.ClaimWhereInput[] = [spec.cmp(op, pos.value), { AND: [spec.eq(pos.value), tie] }];
  if (dir === "desc" && spec.isNull) or.push(spec.isNull);
  return { OR: or };
}

export function orderFor(sort: SortKey, dir: Dir): Prisma.ClaimOrderByWithRelationInput[] {
  return [SORTS[sort].orderBy(dir), { id: dir }];
}

export function positionOf(sort: SortKey, row: ClaimRow): KeysetPosition {
  return { value: SORTS[sort].read(row), id: row.id };
}

// The Prisma filter with a sentence search resolved through the FTS index. For the Prisma walk
// (claimBatch, iterateClaims), which tests and scripts/bench-claims.ts use as the reference the
// SQL pages are checked against; the pages and exports themselves run lib/db/claim-page-sql.ts.
export async function resolveClaimWhere(filters: ClaimFilters) {
  const phrase = ftsPhrase(filters.q);
  if (!phrase) return buildClaimWhere(filters);
  const ids = await prisma.$queryRawUnsafe<Array<{ id: number | bigint }>>("SELECT rowid AS id FROM ClaimSentenceFts WHERE ClaimSentenceFts MATCH ?", phrase);
  return buildClaimWhere(filters, ids.map((r) => Number(r.id)));
}

// One keyset batch: up to `take` rows after `pos` (or from the start) in the filters' order,
// or walking backwards when `reverse` is set (used by the "previous page" link).
export async function claimBatch(filters: ClaimFilters, pos: KeysetPosition | null, take: number, reverse = false): Promise<ClaimRow[]> {
  const dir: Dir = reverse ? (filters.dir === "asc" ? "desc" : "asc") : filters.dir;
  const where = await resolveClaimWhere(filters);
  const rows = await prisma.claim.findMany({
    where: pos ? { AND: [where, seekWhere(filters.sort, dir, pos)] } : where,
    orderBy: orderFor(filters.sort, dir),
    take,
    select: claimRowSelect,
  });
  return reverse ? rows.reverse() : rows;
}

export interface ClaimPage { rows: ClaimRow[]; total: number; capped: boolean; nextAfter: number | null; prevBefore: number | null }

// A page of the explorer. `after`/`before` are claim ids: the cursor row's own sort value is
// read back from the database, so cursors stay short and cannot be forged into odd values.
// The page's ids come from one keyset statement in SQL (lib/db/claim-page-sql.ts: index-ordered,
// the search through the FTS index); Prisma then loads those rows with their relations.
export async function listClaimPage(filters: ClaimFilters, cursor: { after?: number; before?: number }): Promise<ClaimPage> {
  const cursorId = cursor.after ?? cursor.before;
  const pos = cursorId ? await readPosition(filters.sort, cursorId) : null;
  const reverse = Boolean(pos && cursor.before);
  const dir: Dir = reverse ? (filters.dir === "asc" ? "desc" : "asc") : filters.dir;
  // A search's page plan depends on how many claims it matches (see pageIds), so its capped
  // count (a few ms on the FTS index) comes first; other pages run both at once.
  const counting = countClaimsCapped(filters);
  const denseSearch = filters.q ? (await counting).capped : false;
  const [ids, { total, capped }] = await Promise.all([pageIds(filters, dir, pos, CLAIMS_PER_PAGE + 1, { denseSearch }), counting]);
  // The extra row only says whether another page exists in the walking direction.
  const more = ids.length > CLAIMS_PER_PAGE;
  const kept = ids.slice(0, CLAIMS_PER_PAGE);
  const walked = await loadClaimRows(kept);
  const rows = reverse ? walked.reverse() : walked;
  const hasNext = reverse ? true : more;
  const hasPrev = reverse ? more : Boolean(pos);
  return {
    rows,
    total,
    capped,
    nextAfter: hasNext && rows.length ? rows[rows.length - 1].id : null,
    prevBefore: hasPrev && rows.length ? rows[0].id : null,
  };
}

// Every filtered row in order, in keyset batches: memory stays at one batch however many rows.
export async function* iterateClaims(filters: ClaimFilters, options: { batchSize?: number; limit?: number } = {}): AsyncGenerator<ClaimRow[]> {
  const batchSize = options.batchSize ?? 900;
  let remaining = options.limit ?? 1_000_000;
  let pos: KeysetPosition | null = null;
  while (remaining > 0) {
    const rows = await claimBatch(filters, pos, Math.min(batchSize, remaining));
    if (rows.length === 0) return;
    yield rows;
    remaining -= rows.length;
    if (rows.length < batchSize) return;
    pos = positionOf(filters.sort, rows[rows.length - 1]);
  }
}

// The total: exact from the rollup when the filters allow (side, metric, whole years), else
// counted over at most COUNT_CAP + 1 matching rows, where `capped` means "more than".
export async function countClaimsCapped(filters: ClaimFilters): Promise<{ total: number; capped: boolean }> {
  const rollup = rollupWhere(filters);
  if (rollup) {
    const q = rollupTotalSql(rollup);
    const [row] = await prisma.$queryRawUnsafe<Array<{ n: number | bigint }>>(q.sql, ...q.params);
    return { total: Number(row.n), capped: false };
  }
  const src = newestClaimsSource(filters);
  // A search alone is counted on the FTS index, without reading the claims.
  const phrase = ftsPhrase(filters.q);
  const sql = phrase && src.where.sql === "1"
    ? `SELECT count(*) AS n FROM (SELECT 1 FROM ClaimSentenceFts WHERE ClaimSentenceFts MATCH ? LIMIT ${COUNT_CAP + 1})`
    : `SELECT count(*) AS n FROM (SELECT 1 FROM ${src.from} WHERE ${src.where.sql} LIMIT ${COUNT_CAP + 1})`;
  const [row] = await prisma.$queryRawUnsafe<Array<{ n: number | bigint }>>(sql, ...src.where.params);
  const total = Number(row.n);
  return { total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
}

// The figure as written in the article ("27", "a third"), read by offset for up to one page of
// claims so the sentence can emphasise it without loading whole article texts.
export async function figureTexts(ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRawUnsafe<Array<{ id: number; figure: string }>>(
    `SELECT c.id AS id, substr(a.text, c.start + 1, c."end" - c.start) AS figure FROM Claim c JOIN Article a ON a.id = c.articleId WHERE c.id IN (${ids.map(() => "?").join(",")})`,
    ...ids,
  );
  return new Map(rows.map((r) => [Number(r.id), r.figure]));
}
