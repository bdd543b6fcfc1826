// npm run ingest -- PATH... : stores articles from files and folders, reports each failure,
// and exits non-zero when any file failed (after storing every file that did not).
import { z } from "zod";
import { ingestPaths } from "@/lib/db/ingest-paths";
import { prisma } from "@/lib/db/client";
import { closeWriter } from "@/lib/db/sqlite-writer";

const args = z.array(z.string().min(1)).min(1, "usage: npm run ingest -- PATH... (files or folders of .txt, .md, .html)").safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(args.error.issues[0].message);
  process.exit(2);
}

const started = Date.now();
const tty = process.stderr.isTTY;
const report = await ingestPaths(args.data, (done, total) => {
  if (total < 20) return;
  if (tty) process.stderr.write(`\r${done}/${total} files`);
  else if (done % 1000 === 0 || done === total) process.stderr.write(`${done}/${total} files\n`);
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
