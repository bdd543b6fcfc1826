import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads its native schema engine from binaries.prisma.sh. Where that is
// impossible (offline machines), point it at prisma/engine/schema-engine.mjs, a stand-in
// built on @prisma/schema-engine-wasm. With a downloaded engine, stock Prisma is used.
const root = import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname);
function nativeEngineExists(): boolean {
  // The places the CLI searches for `schema-engine-<platform>` (prisma/build/cli.js, ug()).
  const dirs = ["node_modules/@prisma/engines", "node_modules/prisma", "node_modules", "node_modules/prisma/runtime"];
  return dirs.some((d) => {
    try {
      // e.g. schema-engine-debian-openssl-3.0.x; skip download leftovers (.gz, .sha256).
      return fs.readdirSync(path.join(root, d)).some((f) => f.startsWith("schema-engine-") && !/\.(gz|sha256|sig|tmp)$/.test(f));
    } catch {
      return false;
    }
  });
}
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeEngineExists()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "prisma/engine/schema-engine.mjs");
}

const url = process.env.DATABASE_URL ?? "file:./data/counterclaim.db";
// SQLite will not create missing folders; the database lives in data/ (git-ignored).
if (url.startsWith("file:")) {
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  // The FTS5 index over claim sentences (migration claim_sentence_fts) is a virtual table with
  // shadow tables Prisma cannot model; declared external so migrate diff/dev do not report
  // them as drift and never try to drop them.
  experimental: { externalTables: true },
  tables: { external: ["ClaimSentenceFts", "ClaimSentenceFts_config", "ClaimSentenceFts_data", "ClaimSentenceFts_docsize", "ClaimSentenceFts_idx"] },
  migrations: { path: "prisma/migrations" },
  datasource: { url },
});
