// GET /api/compare – the comparison under the page's filters as JSON (default), CSV, XLSX or Markdown.
import { connection, type NextRequest } from "next/server";
import { toCompareCsv, toCompareMarkdown, toCompareXlsx } from "@/lib/compare/export-formats";
import { toCompareExportRows } from "@/lib/compare/export-rows";
import { loadCompareView } from "@/lib/db/compare-view";
import { describeCompareForFileName, parseCompareFilters } from "@/lib/filters/compare-filters";

const FORMATS = ["json", "csv", "xlsx", "md"] as const;
type Format = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown; charset=utf-8",
};

function isFormat(v: string): v is Format {
  return (FORMATS as readonly string[]).includes(v);
}

export async function GET(request: NextRequest) {
  await connection();
  const params = request.nextUrl.searchParams;
  const format = params.get("format") ?? "json";
  if (!isFormat(format)) {
    return Response.json({ error: `unknown format "${format.slice(0, 20)}"; use one of ${FORMATS.join(", ")}` }, { status: 400 });
  }
  const compare = parseCompareFilters(params);
  const view = await loadCompareView(compare);
  const rows = toCompareExportRows(view, request.nextUrl.origin);
  const name = `${describeCompareForFileName(compare)}.${format}`;
  const headers = {
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
    "X-Compare-Capped": String(view.capped),
  };
  if (format === "csv") return new Response(toCompareCsv(rows), { headers });
  if (format === "md") return new Response(toCompareMarkdown(rows, `Counterclaim comparison: ${name}`), { headers });
  if (format === "xlsx") return new Response(await toCompareXlsx(rows), { headers });
  const body = {
    filters: compare,
    columns: view.columns,
    topics: view.rows.length,
    competingTopics: view.competingCount,
    claimsRead: view.claimCount,
    capped: view.capped,
    rows,
  };
  return new Response(JSON.stringify(body, null, 2), { headers });
}
