// The one set of parsers for claim filters. Pages, the filter UI and the export routes all
// read the URL through parseClaimFilters, so an export holds exactly what the screen shows.
import { z } from "zod";
import { METRICS, SIDES } from "@/lib/extract/types";

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const MAX_VALUES = 50;
const MAX_TEXT = 200;

const text = z.string().trim().max(MAX_TEXT);
// A hostile or malformed value is dropped, never echoed back into SQL or HTML.
const many = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(z.unknown())
    .transform((values) => values.slice(0, MAX_VALUES).flatMap((v) => { const r = item.safeParse(v); return r.success && r.data !== "" ? [r.data as z.infer<T>] : []; }))
    .transform((values) => [...new Set(values)]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)));

export const SORT_KEYS = ["date", "value", "metric", "side", "claimant", "outlet"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const claimFiltersSchema = z.object({
  side: many(z.enum(SIDES as [string, ...string[]])),
  actor: many(z.enum(SIDES as [string, ...string[]])),
  metric: many(z.enum(METRICS as [string, ...string[]])),
  claimant: many(text.min(1)),
  outlet: many(text.min(1)),
  location: many(text.min(1)),
  period: many(text.min(1)),
  article: many(z.coerce.number().int().positive().max(2 ** 31)),
  q: text.optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  sort: z.enum(SORT_KEYS).catch("date"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type ClaimFilters = z.infer<typeof claimFiltersSchema>;
export const LIST_KEYS = ["side", "actor", "metric", "claimant", "outlet", "location", "period", "article"] as const;
export type ListKey = (typeof LIST_KEYS)[number];

function readAll(input: SearchParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const v = input[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function parseClaimFilters(input: SearchParamsInput): ClaimFilters {
  const first = (key: string) => readAll(input, key)[0];
  const raw: Record<string, unknown> = { q: first("q"), from: first("from"), to: first("to"), sort: first("sort"), dir: first("dir"), page: first("page") };
  for (const key of LIST_KEYS) raw[key] = readAll(input, key);
  return claimFiltersSchema.parse(raw);
}

// Builds the query string for a filter state, dropping defaults so URLs stay short.
export function serializeClaimFilters(filters: Partial<ClaimFilters>): string {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) for (const v of filters[key] ?? []) params.append(key, String(v));
  if (filters.q) params.set("q", filters.q);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.sort && filters.sort !== "date") params.set("sort", filters.sort);
  if (filters.dir && filters.dir !== "desc") params.set("dir", filters.dir);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

// Adds or removes one value of a multi-valued filter (a facet toggle), back to page 1.
export function toggleFilterValue(filters: ClaimFilters, key: ListKey, value: string | number): ClaimFilters {
  const current = filters[key] as Array<string | number>;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [key]: next, page: 1 };
}

export function hasActiveFilters(filters: ClaimFilters): boolean {
  return LIST_KEYS.some((k) => filters[k].length > 0) || Boolean(filters.q || filters.from || filters.to);
}

// A file name that says what was filtered: claims_side-russia+monitor_metric-civilians_killed.csv
export function describeFiltersForFileName(prefix: string, filters: ClaimFilters): string {
  const parts = [prefix];
  for (const key of LIST_KEYS) if (filters[key].length) parts.push(`${key}-${filters[key].join("+")}`);
  if (filters.q) parts.push(`q-${filters.q}`);
  if (filters.from) parts.push(`from-${filters.from}`);
  if (filters.to) parts.push(`to-${filters.to}`);
  return parts.join("_").replace(/[^\w+.-]+/g, "-").slice(0, 150);
}
