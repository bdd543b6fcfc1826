// Part of `npm start`: after migrations, loads seeds/ into a database that has no articles,
// so a first start shows something to read. A database with articles is left alone.
// Opening the writer puts the file in WAL mode (kept in the file), so the server's readers
// never wait on an ingest, whichever process writes first.
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { ingestPaths } from "@/lib/db/ingest-paths";
import { closeWriter, getWriter } from "@/lib/db/sqlite-writer";

getWriter();
const count = await prisma.article.count();
if (count === 0) {
  const report = await ingestPaths([path.resolve("seeds")]);
  for (const f of report.failed) console.error(`seed failed: ${f.file}: ${f.reason}`);
  console.log(`Loaded ${report.added.length} seed articles (${report.added.reduce((n, a) => n + a.claims, 0)} claims).`);
} else {
  console.log(`Database holds ${count} articles; seeds not loaded again.`);
}
closeWriter();
await prisma.$disconnect();
