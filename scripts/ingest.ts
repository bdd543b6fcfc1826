// npm run ingest -- [--batch N] PATH... : stores articles from files and folders, reports each
// failure, and exits non-zero when any file failed (after storing every file that did not).
// --batch: articles per write transaction; a killed run loses at most its open batch.
import { parseArgs } from "node:util";
import { z } from "zod";
import { BATCH_ARTICLES, ingestPaths } from "@/lib/db/ingest-paths";
import { prisma } from "@/lib/db/client";
import { closeWriter } from "@/lib/db/sqlite-writer";

const USAGE = "usage: npm run ingest -- [--batch N] PATH... (files or folders of .txt, .md, .html)";
let parsed: { values: { batch?: string }; positionals: string[] };
try {
  parsed = parseArgs({ options: { batch: { type: "string" } }, allowPositionals: true, strict: true });
} catch (error) {
  console.error(`${USAGE}\n  ${(error as Error).message.split("\n")[0]}`);
  process.exit(2);
}
const args = z.object({
  paths: z.array(z.string().min(1)).min(1, USAGE),
  batch: z.coerce.number().int().min(1).max(100_000).default(BATCH_ARTICLES),
}).safeParse({ paths: parsed.positionals, batch: parsed.values.batch });
if (!args.success) {
  console.error(args.error.issues.map((i) => (i.path[0] === "batch" ? `--batch: ${i.message}` : i.message)).join("\n"));
  process.exit(2);
}

const started = Date.now();
const tty = process.stderr.isTTY;
const report = await ingestPaths(args.data.paths, {
  batch: args.data.batch,
  onProgress: (done, total) => {
    if (total < 20) return;
    if (tty) process.stderr.write(`\r${done}/${total} files`);
    else if (done % 1000 === 0 || done === total) process.stderr.write(`${done}/${total} files\n`);
  },
});
if (tty) process.stderr.write("\n");
for (const f of report.failed) console.error(`failed: ${f.file}: ${f.reason}`);
const claims = report.added.reduce((n, a) => n + a.claims, 0);
console.log(
  `${report.added.length} new (${claims} claims), ${report.unchanged.length} unchanged, ${report.failed.length} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
// Closing the writer checkpoints the WAL into the main file.
closeWriter();
await prisma.$disconnect();
process.exit(report.failed.length > 0 ? 1 : 0);
