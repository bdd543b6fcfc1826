import "server-only";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client. SQLite runs in WAL mode (set by the migration step, kept in the
// file) so readers never wait on an ingest; the busy timeout lets concurrent writers queue.
export function resolveDatabaseFile(url = process.env.DATABASE_URL ?? "file:./data/counterclaim.db"): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: resolveDatabaseFile(), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { counterclaimPrisma?: PrismaClient };

// Cached on globalThis so dev-server reloads do not open a new connection each time.
export const prisma: PrismaClient = globalForPrisma.counterclaimPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.counterclaimPrisma = prisma;
