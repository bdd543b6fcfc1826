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
