// Runs the real Prisma CLI against a throwaway SQLite file. On this machine the CLI uses
// prisma/engine/schema-engine.mjs (prisma.config.ts picks it when no native engine exists);
// with a native engine the same assertions hold for stock Prisma.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const prismaBin = path.join(root, "node_modules/prisma/build/index.js");
const require = createRequire(import.meta.url);
const Database = require("better-sqlite3");

let dir: string;
let dbFile: string;

function prisma(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [prismaBin, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

function tables(): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r: { name: string }) => r.name);
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "counterclaim-migrate-"));
  // A folder that does not exist yet, as data/ on a fresh clone.
  dbFile = path.join(dir, "nested", "test.db");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("prisma migrations", () => {
  it("migrate deploy creates the database and every model's table", () => {
    const r = prisma(["migrate", "deploy"]);
    expect(r.out).toContain("All migrations have been successfully applied");
    expect(r.code).toBe(0);
    const names = tables();
    for (const t of ["Outlet", "Article", "Claimant", "ClaimantAlias", "Claim", "Mention", "_prisma_migrations"]) expect(names).toContain(t);
    const db = new Database(dbFile, { readonly: true });
    const applied = db.prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations").all();
    db.close();
    const dirs = fs.readdirSync(path.join(root, "prisma/migrations")).filter((d) => fs.statSync(path.join(root, "prisma/migrations", d)).isDirectory());
    expect(applied.map((m: { migration_name: string }) => m.migration_name).sort()).toEqual(dirs.sort());
    expect(applied.every((m: { finished_at: string | null; rolled_back_at: string | null }) => m.finished_at && !m.rolled_back_at)).toBe(true);
  });

  it("migrate status reports the database up to date", () => {
    const r = prisma(["migrate", "status"]);
    expect(r.out).toContain("Database schema is up to date");
    expect(r.code).toBe(0);
  });

  it("a second deploy applies nothing", () => {
    const before = fs.statSync(dbFile).size;
    const r = prisma(["migrate", "deploy"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("No pending migrations to apply");
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM _prisma_migrations").get().n).toBe(fs.readdirSync(path.join(root, "prisma/migrations")).filter((d) => d !== "migration_lock.toml").length);
    db.close();
    expect(fs.statSync(dbFile).size).toBe(before);
  });

  it("the migrations match prisma/schema.prisma (migrate diff --exit-code is 0)", () => {
    const r = prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"]);
    expect(r.out).toContain("No difference detected");
    expect(r.code).toBe(0);
  });

  it("migrate diff --exit-code exits 2 when the schema has changed", () => {
    const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const changed = path.join(dir, "changed.prisma");
    fs.writeFileSync(changed, schema.replace(/model Outlet \{/, "model Outlet {\n  note String?"));
    const r = prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", changed, "--exit-code", "--script"]);
    expect(r.out).toMatch(/ALTER TABLE "Outlet" ADD COLUMN "note" TEXT/);
    expect(r.code).toBe(2);
  });

  it("migrate status reports a database that is behind", () => {
    const db = new Database(dbFile);
    db.prepare("DELETE FROM _prisma_migrations").run();
    db.close();
    const r = prisma(["migrate", "status"]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/not yet been applied/);
  });
});
