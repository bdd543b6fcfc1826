// GET /api/claims – the explorer's claims under the same filters and sort as /claims, as JSON (default), CSV or XLSX, streamed from one ordered SQL pass.
import { type NextRequest, connection } from "next/server";
import { z } from "zod";
import { openClaimsExport } from "@/lib/db/claims-export-sql";
import { describeFiltersForFileName, parseClaimFilters } from "@/lib/filters/claim-filters";
import { EXPORT_ROW_CAP } from "@/lib/export/export-limits";
import { csvStream, jsonStream, xlsxStream } from "@/lib/export/claims-stream";

const FORMATS = {
  json: { type: "application/json; charset=utf-8", ext: "json" },
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" },
} as const;
const formatParam = z.enum(["json", "csv", "xlsx"]);

export async function GET(request: NextRequest) {
  await connection();
  const params = request.nextUrl.searchParams;
  const requested = params.get("format") ?? "json";
  const format = formatParam.safeParse(requested);
  if (!format.success) {
    return Response.json({ error: `Unknown format "${requested.slice(0, 20)}". Use format=json, format=csv or format=xlsx.` }, { status: 400 });
  }
  const filters = parseClaimFilters(params);
  // The count and the rows come from one snapshot: X-Total-Count is what matched when the
  // body was read, and the body holds min(total, cap) rows.
  const source = openClaimsExport(filters, EXPORT_ROW_CAP);
  const { total, exported } = source;
  // The applied filters as the page reads them; paging is not a filter.
  const applied = { ...filters, page: undefined };
  const truncated = total > EXPORT_ROW_CAP;
  const origin = request.nextUrl.origin;
  const body =
    format.data === "csv" ? csvStream(source, origin)
    : format.data === "xlsx" ? xlsxStream(source, origin)
    : jsonStream(source, origin, { filters: applied, total, exported, truncated });
  const { type, ext } = FORMATS[format.data];
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${describeFiltersForFileName("claims", filters)}.${ext}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(total),
      "X-Export-Rows": String(exported),
      ...(truncated ? { "X-Export-Truncated": `first ${EXPORT_ROW_CAP} rows` } : {}),
    },
  });
}
