// Throwaway SQLite databases with the real migrations applied, for tests and benchmarks.
// `prisma migrate deploy` costs seconds per run, so it runs once into a template file and
// every further database is a copy of it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const ROOT = path.resolve(import.meta.dirname, "../..");
let template: string | null = null;

export interface TempDatabase {
  /** Absolute path of the SQLite file. */
  file: string;
  /** DATABASE_URL for child processes and lib/db. */
  url: string;
  remove(): void;
}

function removeFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export function migrate(file: string): void {
  removeFiles(file);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // WAL is a property of the file: set it once here, and close so the -wal file is folded
  // back in and a plain copy of the main file is complete.
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}

// The template is keyed by the migrations' contents, so every test file and bench run shares
// one (migrated once per schema change) and a changed schema gets a fresh one.
function templateFile(): string {
  const hash = createHash("sha256");
  const dir = path.join(ROOT, "prisma/migrations");
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, entry);
    if (fs.statSync(full).isFile()) hash.update(entry).update(fs.readFileSync(full));
  }
  return path.join(ROOT, "data", `test-template-${hash.digest("hex").slice(0, 12)}.db`);
}

// A fresh migrated database at data/<name>-<pid>.db (data/ is git-ignored).
export function createTempDatabase(name: string): TempDatabase {
  fs.mkdirSync(path.join(ROOT, "data"), { recursive: true });
  if (!template || !fs.existsSync(template)) {
    template = templateFile();
    if (!fs.existsSync(template)) {
      // Migrate under a private name and rename: parallel test files never see half a template.
      const partial = `${template}.${process.pid}.tmp`;
      migrate(partial);
      fs.renameSync(partial, template);
    }
  }
  const file = path.join(ROOT, "data", `${name}-${process.pid}.db`);
  removeFiles(file);
  fs.copyFileSync(template, file);
  return { file, url: `file:${file}`, remove: () => removeFiles(file) };
}
