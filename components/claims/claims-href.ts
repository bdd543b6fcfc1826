// The explorer's own URLs, always built from the shared serializer so links, forms and
// exports read the same parameters.
import { serializeClaimFilters, type ClaimFilters } from "@/lib/filters/claim-filters";

export function claimsHref(filters: Partial<ClaimFilters>): string {
  return `/claims${serializeClaimFilters({ ...filters, page: 1 })}`;
}

export function exportHref(filters: ClaimFilters, format: "csv" | "xlsx" | "json"): string {
  const query = serializeClaimFilters({ ...filters, page: 1 });
  return `/api/claims${query ? `${query}&` : "?"}format=${format}`;
}
