// Part of `npm start`: after migrations, loads seeds/ into a database that has no articles,
// so a first start shows something to read. A database with articles is left alone.
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { ingestPaths } from "@/lib/db/ingest-paths";

await prisma.$executeRawUnsafe("PRAGMA journal_mode=WAL");
const count = await prisma.article.count();
if (count === 0) {
  const report = await ingestPaths([path.resolve("seeds")]);
  for (const f of report.failed) console.error(`seed failed: ${f.file}: ${f.reason}`);
  console.log(`Loaded ${report.added.length} seed articles (${report.added.reduce((n, a) => n + a.claims, 0)} claims).`);
} else {
  console.log(`Database holds ${count} articles; seeds not loaded again.`);
}
await prisma.$disconnect();
