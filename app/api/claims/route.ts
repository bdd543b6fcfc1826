// GET /api/claims – the explorer's claims under the same filters and sort as /claims, as JSON (default), CSV or XLSX, streamed from one ordered SQL pass.
import { type NextRequest, connection } from "next/server";
import { z } from "zod";
import { openClaimsExport } from "@/lib/db/claims-export-sql";
import { openCsvExport } from "@/lib/db/claims-export-split";
import { describeFiltersForFileName, parseClaimFilters } from "@/lib/filters/claim-filters";
import { EXPORT_ROW_CAP } from "@/lib/export/export-limits";
import { jsonStream, xlsxStream } from "@/lib/export/claims-stream";

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
  // (a large CSV export is formatted on two threads, from one snapshot: see openCsvExport)
  const origin = request.nextUrl.origin;
  const opened = format.data === "csv" ? await openCsvExport(filters, EXPORT_ROW_CAP, origin) : openClaimsExport(filters, EXPORT_ROW_CAP);
  const { total, exported } = opened;
  // The applied filters as the page reads them; paging is not a filter.
  const applied = { ...filters, page: undefined };
  const truncated = total > EXPORT_ROW_CAP;
  const body =
    "body" in opened ? opened.body
    : format.data === "xlsx" ? xlsxStream(opened, origin)
    : jsonStream(opened, origin, { filters: applied, total, exported, truncated });
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
