// One exported claim: the same columns in JSON, CSV and XLSX, each row carrying its evidence
// sentence and an absolute link back to the highlighted sentence in the article.
import { defuseCell } from "./defuse-cell";

export interface ExportableClaim {
  id: number; value: number; valueMax: number | null; qualifier: string; unit: string; metric: string;
  side: string; actorSide: string | null; period: string | null; location: string | null; sentence: string;
  date: Date | null; articleId: number;
  claimant: { name: string } | null; outlet: { name: string } | null; article: { title: string };
  mentions: Array<{ id: number }>;
}

export const CLAIM_EXPORT_COLUMNS = [
  "id", "value", "valueMax", "qualifier", "unit", "metric", "claimant", "side", "actorSide", "period", "location",
  "sentence", "articleTitle", "outlet", "date", "link",
] as const;

export type ClaimExportColumn = (typeof CLAIM_EXPORT_COLUMNS)[number];
export type ClaimExportRow = { id: number; value: number; valueMax: number | null } & Record<Exclude<ClaimExportColumn, "id" | "value" | "valueMax">, string | null>;

// One row as the export's SQL returns it (lib/db/claims-export-sql): the export columns up
// to date in CLAIM_EXPORT_COLUMNS order (date still as stored), then what the link is made of.
export type RawExportRow = [
  id: number, value: number, valueMax: number | null, qualifier: string, unit: string, metric: string, claimant: string | null,
  side: string, actorSide: string | null, period: string | null, location: string | null, sentence: string, articleTitle: string,
  outlet: string | null, date: string | number | null, articleId: number, mentionId: number | null,
];

// The calendar day of a stored date. Dates are written as UTC ISO text, so the day is its
// first ten characters; anything else goes through Date as before.
export function exportDay(stored: string | number | null): string | null {
  if (stored === null) return null;
  if (typeof stored === "string" && stored.length >= 10 && (stored.endsWith("+00:00") || stored.endsWith("Z"))) return stored.slice(0, 10);
  const d = new Date(stored);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

// The anchor is an absolute path, so joining strings gives what new URL() would, at a
// fraction of its cost per row (a million-row export builds a million links).
export function exportLink(base: string, id: number, articleId: number, mentionId: number | null): string {
  return `${base}/articles/${articleId}#${mentionId === null ? `claim-${id}` : `m-${mentionId}`}`;
}

export function rawToExportable(r: RawExportRow): ExportableClaim {
  return {
    id: r[0], value: r[1], valueMax: r[2], qualifier: r[3], unit: r[4], metric: r[5],
    side: r[7], actorSide: r[8], period: r[9], location: r[10], sentence: r[11],
    date: r[14] === null ? null : new Date(r[14]), articleId: r[15],
    claimant: r[6] === null ? null : { name: r[6] }, outlet: r[13] === null ? null : { name: r[13] },
    article: { title: r[12] }, mentions: r[16] === null ? [] : [{ id: r[16] }],
  };
}

// base: the origin without a trailing slash (see exportBase).
export function rawToExportRow(r: RawExportRow, base: string): ClaimExportRow {
  return {
    id: r[0], value: r[1], valueMax: r[2], qualifier: r[3], unit: r[4], metric: r[5], claimant: r[6], side: r[7], actorSide: r[8],
    period: r[9], location: r[10], sentence: r[11], articleTitle: r[12], outlet: r[13], date: exportDay(r[14]), link: exportLink(base, r[0], r[15], r[16]),
  };
}

export function exportBase(origin: string): string {
  return origin.replace(/\/+$/, "");
}

export function claimAnchor(claim: Pick<ExportableClaim, "id" | "articleId" | "mentions">): string {
  const mention = claim.mentions[0];
  return `/articles/${claim.articleId}#${mention ? `m-${mention.id}` : `claim-${claim.id}`}`;
}

export function toClaimExportRow(claim: ExportableClaim, origin: string): ClaimExportRow {
  return {
    id: claim.id,
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    unit: claim.unit,
    metric: claim.metric,
    claimant: claim.claimant?.name ?? null,
    side: claim.side,
    actorSide: claim.actorSide,
    period: claim.period,
    location: claim.location,
    sentence: claim.sentence,
    articleTitle: claim.article.title,
    outlet: claim.outlet?.name ?? null,
    date: claim.date ? claim.date.toISOString().slice(0, 10) : null,
    // The anchor is an absolute path, so joining strings gives what new URL() would, at a
    // fraction of its cost per row (a million-row export builds a million links).
    link: `${origin.replace(/\/+$/, "")}${claimAnchor(claim)}`,
  };
}

// Cells for a spreadsheet: numbers stay numbers (a number cannot be a formula), text is defused.
export function toSheetCells(row: ClaimExportRow): Array<string | number | null> {
  return CLAIM_EXPORT_COLUMNS.map((col) => {
    const v = row[col];
    return typeof v === "string" ? defuseCell(v) : v;
  });
}

// Cells for CSV: every cell is text, so every cell is defused (empty for null).
export function toCsvCells(row: ClaimExportRow): string[] {
  return CLAIM_EXPORT_COLUMNS.map((col) => {
    const v = row[col];
    return v === null ? "" : defuseCell(String(v));
  });
}
