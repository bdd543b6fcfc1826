// /compare and /api/compare read the claim filters through the shared parsers, plus three
// comparison settings: the side columns in order (col), whether to list topics where fewer
// than two sides compete (all), and the row order (order).
import { z } from "zod";
import { SIDES } from "@/lib/extract/types";
import { describeFiltersForFileName, parseClaimFilters, serializeClaimFilters, type ClaimFilters, type SearchParamsInput } from "./claim-filters";

export const COMPARE_ORDERS = ["recent", "spread"] as const;
export type CompareOrderKey = (typeof COMPARE_ORDERS)[number];

export interface CompareFilters {
  filters: ClaimFilters;
  col: string[];
  all: boolean;
  order: CompareOrderKey;
}

const sideList = z
  .array(z.unknown())
  .transform((values) => [...new Set(values.flatMap((v) => (typeof v === "string" && (SIDES as readonly string[]).includes(v) ? [v] : [])))]);
const flag = z.enum(["1", "true", "on"]).optional().catch(undefined).transform(Boolean);

function readAll(input: SearchParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const v = input[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function parseCompareFilters(input: SearchParamsInput): CompareFilters {
  return {
    filters: parseClaimFilters(input),
    col: sideList.parse(readAll(input, "col")),
    all: flag.parse(readAll(input, "all")[0]),
    order: z.enum(COMPARE_ORDERS).catch("recent").parse(readAll(input, "order")[0]),
  };
}

/** Query string for a comparison state ("" or "?…"), defaults dropped. */
export function serializeCompareFilters(c: CompareFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(serializeClaimFilters({ ...c.filters, sort: "date", dir: "desc" }).slice(1));
  for (const s of c.col) params.append("col", s);
  if (c.all) params.set("all", "1");
  if (c.order !== "recent") params.set("order", c.order);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function describeCompareForFileName(c: CompareFilters): string {
  const base = describeFiltersForFileName("compare", c.filters);
  const cols = c.col.length ? `_col-${c.col.join("+")}` : "";
  return `${base}${cols}${c.all ? "_all-topics" : ""}`.slice(0, 160);
}
