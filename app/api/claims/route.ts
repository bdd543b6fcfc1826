// GET /api/claims – the explorer's claims under the same filters and sort as /claims, as JSON (default), CSV or XLSX, streamed in keyset batches.
import { type NextRequest, connection } from "next/server";
import { z } from "zod";
import { countClaims } from "@/lib/db/claims";
import { iterateClaimsForExport } from "@/lib/db/claims-export-sql";
import { describeFiltersForFileName, parseClaimFilters } from "@/lib/filters/claim-filters";
import { toClaimExportRow, type ClaimExportRow } from "@/lib/export/claim-export-row";
import { EXPORT_ROW_CAP } from "@/lib/export/export-limits";
import { csvStream, jsonStream, xlsxStream } from "@/lib/export/claims-stream";


const FORMATS = {
  json: { type: "application/json; charset=utf-8", ext: "json" },
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" },
} as const;
const formatParam = z.enum(["json", "csv", "xlsx"]);

async function* exportRows(source: ReturnType<typeof iterateClaimsForExport>, origin: string): AsyncGenerator<ClaimExportRow[]> {
  for await (const batch of source) yield batch.map((claim) => toClaimExportRow(claim, origin));
}

export async function GET(request: NextRequest) {
  await connection();
  const params = request.nextUrl.searchParams;
  const requested = params.get("format") ?? "json";
  const format = formatParam.safeParse(requested);
  if (!format.success) {
    return Response.json({ error: `Unknown format "${requested.slice(0, 20)}". Use format=json, format=csv or format=xlsx.` }, { status: 400 });
  }
  const filters = parseClaimFilters(params);
  const total = await countClaims(filters);
  const rows = exportRows(iterateClaimsForExport(filters, { limit: EXPORT_ROW_CAP }), request.nextUrl.origin);
  // The applied filters as the page reads them; paging is not a filter.
  const applied = { ...filters, page: undefined };
  const truncated = total > EXPORT_ROW_CAP;
  const body =
    format.data === "csv" ? csvStream(rows)
    : format.data === "xlsx" ? xlsxStream(rows)
    : jsonStream(rows, { filters: applied, total, exported: Math.min(total, EXPORT_ROW_CAP), truncated });
  const { type, ext } = FORMATS[format.data];
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${describeFiltersForFileName("claims", filters)}.${ext}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(total),
      ...(truncated ? { "X-Export-Truncated": `first ${EXPORT_ROW_CAP} rows` } : {}),
    },
  });
}
