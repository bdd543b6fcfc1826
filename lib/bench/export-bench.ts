// CSV export of up to a million claims through the route's own pieces (keyset batches from
// lib/db/claims, rows from lib/export, csvStream), next to the floor: the same rows read by
// one bare SELECT and written out tab-joined, with no formatting or escaping.
import fs from "node:fs";
import Database from "better-sqlite3";
import { iterateClaimsForExport } from "@/lib/db/claims-export-sql";
import { toClaimExportRow } from "@/lib/export/claim-export-row";
import { csvStream } from "@/lib/export/claims-stream";
import { EXPORT_BATCH_SIZE } from "@/lib/export/export-limits";
import type { ClaimFilters } from "@/lib/filters/claim-filters";

export interface ExportFigures { rows: number; bytes: number; seconds: number; rowsPerSecond: number; peakRssMb: number; startRssMb: number }

// Samples resident memory every 50 ms while `work` runs.
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number; startRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const startRssMb = peak / 1024 / 1024;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMb: peak / 1024 / 1024, startRssMb };
  } finally {
    clearInterval(timer);
  }
}

export async function benchCsvExport(filters: ClaimFilters, limit: number, outFile: string): Promise<ExportFigures> {
  global.gc?.();
  const t = performance.now();
  const { result, peakRssMb, startRssMb } = await withPeakRss(async () => {
    let rows = 0;
    async function* batches() {
      for await (const batch of iterateClaimsForExport(filters, { limit })) {
        rows += batch.length;
        yield batch.map((c) => toClaimExportRow(c, "http://localhost:3000"));
      }
    }
    const out = fs.createWriteStream(outFile);
    let bytes = 0;
    const reader = csvStream(batches()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (!out.write(value)) await new Promise<void>((r) => out.once("drain", () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    return { rows, bytes };
  });
  const seconds = (performance.now() - t) / 1000;
  return { ...result, seconds, rowsPerSecond: result.rows / seconds, peakRssMb, startRssMb };
}

export async function benchRawExport(dbFile: string, limit: number, outFile: string): Promise<ExportFigures> {
  global.gc?.();
  const t = performance.now();
  const { result, peakRssMb, startRssMb } = await withPeakRss(async () => {
    const db = new Database(dbFile, { readonly: true });
    const st = db
      .prepare(
        `SELECT c.id, c.value, c."valueMax", c.qualifier, c.unit, c.metric, c.side, c."actorSide", c.period, c.location, c.sentence, c.date, cl.name, o.name, a.title
         FROM "Claim" c LEFT JOIN "Claimant" cl ON cl.id = c."claimantId" LEFT JOIN "Outlet" o ON o.id = c."outletId" JOIN "Article" a ON a.id = c."articleId"
         ORDER BY c.date DESC, c.id DESC LIMIT ?`,
      )
      .raw();
    const out = fs.createWriteStream(outFile);
    let rows = 0;
    let bytes = 0;
    let buf: string[] = [];
    for (const row of st.iterate(limit) as Iterable<unknown[]>) {
      buf.push(row.join("\t"));
      rows++;
      if (buf.length === EXPORT_BATCH_SIZE) {
        const chunk = buf.join("\n") + "\n";
        bytes += Buffer.byteLength(chunk);
        if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
        buf = [];
      }
    }
    const chunk = buf.join("\n") + "\n";
    bytes += Buffer.byteLength(chunk);
    out.write(chunk);
    await new Promise<void>((r) => out.end(() => r()));
    db.close();
    return { rows, bytes };
  });
  const seconds = (performance.now() - t) / 1000;
  return { ...result, seconds, rowsPerSecond: result.rows / seconds, peakRssMb, startRssMb };
}
