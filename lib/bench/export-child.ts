// One export in a process of its own, as the /api/claims route would run it, so its memory is
// the export's and not the bench's: node --conditions=react-server --import tsx
// lib/bench/export-child.ts csv|raw DBFILE QUERY LIMIT OUTFILE. Prints one JSON line of figures.
// csv: openCsvExport (one thread, or two for a large export), written to OUTFILE with backpressure
// (the route's path).
// raw (the floor): the same SQL statement stepped bare, rows tab-joined, no quoting or formatting.
import fs from "node:fs";
import { z } from "zod";

const [mode, dbFile, query, limitText, outFile] = z
  .tuple([z.enum(["csv", "raw"]), z.string().min(1), z.string(), z.string().regex(/^\d+$/), z.string().min(1)])
  .parse(process.argv.slice(2));
const limit = Number(limitText);
process.env.DATABASE_URL = `file:${dbFile}`;
const { buildCsvExportSql } = await import("@/lib/db/claims-export-sql");
const { openCsvExport } = await import("@/lib/db/claims-export-split");
const { parseClaimFilters } = await import("@/lib/filters/claim-filters");
const Database = (await import("better-sqlite3")).default;

// Linux keeps the true peak (VmHWM); sampling is the fallback elsewhere.
function peakRss(): number {
  const status = fs.existsSync("/proc/self/status") ? fs.readFileSync("/proc/self/status", "utf8") : "";
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return hwm ? Number(hwm[1]) * 1024 : sampledPeak;
}
let sampledPeak = process.memoryUsage().rss;
const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 20);
const filters = parseClaimFilters(new URLSearchParams(query));
const startRss = process.memoryUsage().rss;
const out = fs.createWriteStream(outFile);
const write = async (chunk: Uint8Array | string) => {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
};

const t = performance.now();
let rows = 0;
let bytes = 0;
let threads = 1;
if (mode === "csv") {
  const opened = await openCsvExport(filters, limit, "http://localhost:3000", { file: dbFile });
  rows = opened.exported;
  const reader = opened.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    await write(value);
  }
  // the second thread counts only if it formatted its half (it falls back to this thread if not)
  threads = (await opened.workerDone) ? 2 : 1;
} else {
  const db = new Database(dbFile, { readonly: true });
  const { sql, params } = buildCsvExportSql(filters);
  let buf: string[] = [];
  const flush = async () => {
    const chunk = Buffer.from(buf.join("\n") + "\n");
    bytes += chunk.byteLength;
    buf = [];
    await write(chunk);
  };
  for (const row of db.prepare(sql).raw().iterate(...params, limit, 0) as Iterable<unknown[]>) {
    buf.push(row.join("\t"));
    rows++;
    if (buf.length === 5_000) await flush();
  }
  await flush();
  db.close();
}
await new Promise<void>((r) => out.end(() => r()));
const seconds = (performance.now() - t) / 1000;
clearInterval(sampler);
console.log(JSON.stringify({ rows, bytes, threads, seconds, rowsPerSecond: rows / seconds, startRssMb: startRss / 1048576, peakRssMb: peakRss() / 1048576 }));
