// Keyset cursors of the claim explorer: ?after=<claim id> continues after that row in the
// current sort, ?before=<claim id> walks back. They are paging positions, not filters, so they
// are not part of ClaimFilters (a facet toggle or an export never carries them).
import { z } from "zod";
import type { SearchParamsInput } from "./claim-filters";

const id = z.coerce.number().int().positive().max(2 ** 31).optional().catch(undefined);
const cursorSchema = z.object({ after: id, before: id });
export type ClaimCursor = z.infer<typeof cursorSchema>;

export function parseClaimCursor(input: SearchParamsInput): ClaimCursor {
  const first = (key: string) => (input instanceof URLSearchParams ? input.get(key) ?? undefined : [input[key]].flat()[0]);
  const cursor = cursorSchema.parse({ after: first("after"), before: first("before") });
  // Both at once is ambiguous; "after" wins.
  return cursor.after ? { after: cursor.after } : cursor;
}

export function withCursor(query: string, cursor: ClaimCursor): string {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  if (cursor.after) params.set("after", String(cursor.after));
  if (cursor.before) params.set("before", String(cursor.before));
  const s = params.toString();
  return s ? `?${s}` : "";
}
