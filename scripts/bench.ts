// npm run bench [-- --articles N | --quick] [--no-start] : loads a synthetic corpus into a
// throwaway database and prints each figure next to its floor, measured in the same run.
// Figures are printed, never asserted. Default: 100,000 articles (about a million claims).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { z } from "zod";
import { createTempDatabase } from "@/lib/bench/temp-database";
import type { ExportFigures } from "@/lib/bench/export-bench";
import { PrismaClient } from "@/lib/generated/prisma/client";

const USAGE = "usage: npm run bench -- [--articles N | --quick] [--ingest M] [--repeats R] [--reuse FILE] [--no-start] [--keep]";
let values: Record<string, unknown>;
try {
  values = parseArgs({ options: { articles: { type: "string" }, ingest: { type: "string" }, repeats: { type: "string" }, reuse: { type: "string" }, quick: { type: "boolean" }, "no-start": { type: "boolean" }, keep: { type: "boolean" } }, strict: true }).values;
} catch (error) {
  console.error(`${USAGE}\n  ${(error as Error).message.split("\n")[0]}`);
  process.exit(2);
}
const args = z
  .object({ articles: z.coerce.number().int().min(10).max(1_000_000).optional(), ingest: z.coerce.number().int().min(10).optional(), repeats: z.coerce.number().int().min(1).max(1000).optional(), reuse: z.string().min(1).optional(), quick: z.boolean().default(false), "no-start": z.boolean().default(false), keep: z.boolean().default(false) })
  .safeParse(values);
if (!args.success) {
  console.error(`${USAGE}\n  ${args.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n  ")}`);
  process.exit(2);
}
const N = args.data.articles ?? (args.data.quick ? 5_000 : 100_000);
// --ingest M: only M articles go through parse + extract + store (timed); the rest are SQL
// copies of them, for query and export figures at full size on a machine too busy to extract all.
const INGEST = Math.min(N, args.data.ingest ?? N);
const OUT = path.resolve("bench-out");
// 40 runs, so that the p95 is the 38th of 40 and not the slowest run (with 12 runs, the p95 index is
// the 12th: one garbage collection or outside spike decided the figure).
const REPEATS = args.data.repeats ?? 40;
const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const line = (label: string, value: string, floor: string, ratio?: number) =>
  console.log(`${label.padEnd(46)} ${value.padStart(18)}   floor ${floor.padStart(18)}${ratio === undefined ? "" : `   ×${ratio.toFixed(2)}`}`);

// A database of its own, and a Prisma client that reports every statement it runs, placed
// where lib/db/client.ts looks for its cached client so the lib functions use it.
// --reuse FILE: query, export and start figures on a database an earlier run kept (--keep),
// skipping generation and ingest.
const reuse = args.data.reuse ? path.resolve(args.data.reuse) : null;
const db = reuse ? { file: reuse, url: `file:${reuse}`, remove: () => undefined } : createTempDatabase(`bench-${N}`);
process.env.DATABASE_URL = db.url;
const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: db.file, timeout: 15_000 }), log: [{ emit: "event", level: "query" }] });
(globalThis as unknown as { counterclaimPrisma: PrismaClient }).counterclaimPrisma = client;

const { writeCorpus, benchIngest, benchInsertFloor } = await import("@/lib/bench/ingest-bench");
const { captureQueries, recordQuery, benchQueries } = await import("@/lib/bench/query-bench");
const { listenToReads } = await import("@/lib/db/read-connection");
const { benchCsvExport, benchRawExport } = await import("@/lib/bench/export-bench");
const { benchStart } = await import("@/lib/bench/start-bench");
const { replicateArticles } = await import("@/lib/bench/replicate-rows");
const { listClaimPage } = await import("@/lib/db/claims");
const { getClaimFacets } = await import("@/lib/db/claim-facets");
const { loadCompareView } = await import("@/lib/db/compare-view");
const { parseClaimFilters } = await import("@/lib/filters/claim-filters");
const { parseCompareFilters } = await import("@/lib/filters/compare-filters");
const { closeWriter } = await import("@/lib/db/sqlite-writer");

console.log(`Counterclaim bench: ${reuse ? `reusing ${reuse}` : `${fmt(N)} articles`}, node ${process.version}, ${new Date().toISOString()}`);
if (!reuse) {
  // extraction alone, on one core (issue 3's figure): 1,000 articles of devset and seed prose
  const { benchExtract, synthesizeTexts } = await import("@/lib/bench/extract-bench");
  const ex = benchExtract(synthesizeTexts(1000));
  line(`extract (${fmt(ex.articles)} articles, ${fmt(ex.megabytes, 2)} MB, one core)`, `${fmt(ex.megabytes / ex.seconds, 2)} MB/s`, `${fmt(ex.megabytes / ex.floorSeconds)} MB/s`, ex.seconds / ex.floorSeconds);
  console.log(`${"".padEnd(46)} ${fmt(ex.articles / ex.seconds)} articles/s, ${fmt((ex.seconds * 1000) / ex.articles, 2)} ms an article (CPU: ${fmt(ex.megabytes / ex.cpuSeconds, 2)} MB/s); floor: a regex scan for numbers`);

  const corpus = path.join(OUT, `corpus-${INGEST}`);
  const generated = writeCorpus(corpus, INGEST);
  console.log(`generated ${fmt(INGEST)} articles (${fmt(generated.bytes / 1024 / 1024, 1)} MB) in ${fmt(generated.seconds, 1)} s`);

  const ingest = await benchIngest(corpus);
  closeWriter();
  const floor = benchInsertFloor(db.file);
  floor.db.remove();
  console.log("");
  line(`ingest (${fmt(ingest.articles)} articles, ${fmt(ingest.claims)} claims)`, `${fmt(ingest.perSecond)} articles/s`, `${fmt(floor.articlesPerSecond)} articles/s`, floor.articlesPerSecond / ingest.perSecond);
  console.log(`${"".padEnd(46)} ${fmt(ingest.seconds, 1)} s total, ${ingest.failed} failed; floor inserts ${fmt(floor.rows)} rows in ${fmt(floor.seconds, 1)} s`);
  if (INGEST < N) {
    const grown = replicateArticles(db.file, N);
    console.log(`grown to ${fmt(N)} articles by ${grown.copies} SQL copies of the ingested ones in ${fmt(grown.seconds, 1)} s`);
  }
}
const sizes = new (await import("better-sqlite3")).default(db.file, { readonly: true });
const sizeOf = (t: string) => (sizes.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
console.log(`database: ${fmt(sizeOf("Article"))} articles, ${fmt(sizeOf("Claim"))} claims, ${fmt(sizeOf("Mention"))} mentions, ${fmt(fs.statSync(db.file).size / 1024 / 1024)} MB`);
sizes.close();

captureQueries(client);
listenToReads(recordQuery);
const explorer = (q: string) => () => Promise.all([listClaimPage(parseClaimFilters(new URLSearchParams(q)), {}), getClaimFacets(parseClaimFilters(new URLSearchParams(q)))]);
// As /compare calls it: one page of topics, whose figures get their sentences and names.
const compare = (q: string) => () => { const c = parseCompareFilters(new URLSearchParams(q)); return loadCompareView(c, { page: c.filters.page }); };
const cases = [
  { name: "explorer: no filter", run: explorer("") },
  { name: "explorer: side=russia", run: explorer("side=russia") },
  { name: "explorer: monitor, civilians_killed", run: explorer("side=monitor&metric=civilians_killed") },
  { name: "explorer: 2016, sort=value", run: explorer("from=2016-01-01&to=2016-12-31&sort=value") },
  { name: "explorer: q=Aleppo", run: explorer("q=Aleppo") },
  { name: "explorer: location=Aleppo, sort=claimant", run: explorer("location=Aleppo&sort=claimant&dir=asc") },
  { name: "compare: civilians_killed", run: compare("metric=civilians_killed") },
  { name: "compare: russia vs monitor, Aleppo", run: compare("col=russia&col=monitor&location=Aleppo") },
  { name: "compare: sorties 2016", run: compare("metric=sorties&from=2016-01-01&to=2016-12-31") },
];
console.log(`\nserver time through lib/db (p95, p50) vs the bare SQL it runs (p95), ${REPEATS} runs each:`);
// Printed as each case finishes: at a million claims the whole set takes minutes.
await benchQueries(db.file, cases, REPEATS, (q) => {
  if (q.error) console.log(`${q.name.padEnd(46)} ERROR: ${q.error}`);
  else line(`${q.name} [${q.statements} stmts]`, `${fmt(q.p95, 1)} ms (p50 ${fmt(q.p50, 1)})`, `${fmt(q.bareP95, 1)} ms`, q.p95 / q.bareP95);
});

// Each export runs in a child process of its own (its RSS is the export's); interleaved twice
// and the faster of each kept, so neither side is the one that met a cold page cache. The floor
// steps the statement on one thread; the CSV export of a million rows runs on two (one formats
// the second half), so it can pass the floor: the line says how many threads it used.
const exportLimit = 1_000_000;
const best = (a: ExportFigures, b: ExportFigures) => (b.rowsPerSecond > a.rowsPerSecond ? b : a);
let raw = await benchRawExport(db.file, "", exportLimit, path.join(OUT, "export-raw.tsv"));
let csv = await benchCsvExport(db.file, "", exportLimit, path.join(OUT, "export.csv"));
raw = best(raw, await benchRawExport(db.file, "", exportLimit, path.join(OUT, "export-raw.tsv")));
csv = best(csv, await benchCsvExport(db.file, "", exportLimit, path.join(OUT, "export.csv")));
console.log("");
line(`CSV export (${fmt(csv.rows)} rows, ${fmt(csv.bytes / 1024 / 1024)} MB, ${csv.threads} thread${csv.threads > 1 ? "s" : ""})`, `${fmt(csv.rowsPerSecond)} rows/s`, `${fmt(raw.rowsPerSecond)} rows/s`, raw.rowsPerSecond / csv.rowsPerSecond);
line("  peak RSS of the export process (start→peak)", `${fmt(csv.startRssMb)}→${fmt(csv.peakRssMb)} MB`, `${fmt(raw.startRssMb)}→${fmt(raw.peakRssMb)} MB`);
fs.rmSync(path.join(OUT, "export.csv"), { force: true });
fs.rmSync(path.join(OUT, "export-raw.tsv"), { force: true });

await client.$disconnect();
if (!args.data["no-start"]) {
  const start = await benchStart(db.url, ".next-bench", 3401);
  console.log("");
  line(`first page of a fresh next start (HTTP ${start.status})`, `${fmt(start.firstPageSeconds, 1)} s`, `build ${fmt(start.buildSeconds, 1)} s`);
}
if (args.data.keep) console.log(`\ndatabase kept at ${db.file}`);
else db.remove();
