// SQLite helpers for the offline schema engine: the parts the Wasm engine leaves to the host.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Database = require("better-sqlite3");

// "file:./data/x.db" -> absolute path. The native engine resolves relative SQLite paths
// against its working directory, which the CLI sets to the project root.
export function sqlitePath(url) {
  if (!url || !url.startsWith("file:")) {
    throw Object.assign(new Error(`The offline schema engine only supports SQLite file: URLs, got ${url ? url.split(":")[0] + ":" : "no URL"}`), { errorCode: "P1013" });
  }
  const p = url.slice("file:".length).replace(/\?.*$/, "");
  return p === ":memory:" ? p : path.resolve(process.cwd(), p);
}

// The native engine's DDL for the migrations table (sql-schema-connector, SQLite flavour).
// The Wasm engine expects it to exist and fails with P1014 otherwise.
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

function open(file, fn) {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function userObjects(db) {
  return db
    .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table','view','trigger','index')")
    .all();
}

export function hasMigrationsTable(file) {
  return open(file, (db) => userObjects(db).some((o) => o.type === "table" && o.name === "_prisma_migrations"));
}

// Create the migrations table the way the native engine does: only on a database that
// holds no tables yet. A non-empty database without it is left alone so the caller can
// report P3005 (baseline needed) like stock Prisma.
export function ensureMigrationsTable(file) {
  return open(file, (db) => {
    const objs = userObjects(db);
    if (objs.some((o) => o.type === "table" && o.name === "_prisma_migrations")) return "present";
    if (objs.some((o) => o.type === "table")) return "non-empty";
    db.exec(MIGRATIONS_TABLE);
    return "created";
  });
}

// The Wasm engine's reset only deletes rows; the native one leaves an empty database.
export function resetDatabase(file) {
  open(file, (db) => {
    db.pragma("foreign_keys = OFF");
    const objs = userObjects(db).filter((o) => o.type !== "index");
    // Views and triggers first, so dropping tables never trips over a dependent object.
    const order = { trigger: 0, view: 1, table: 2 };
    objs.sort((a, b) => order[a.type] - order[b.type]);
    db.transaction(() => {
      for (const o of objs) db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS "${o.name.replaceAll('"', '""')}"`);
    })();
    // sqlite_sequence survives DROP TABLE; clear it so AUTOINCREMENT restarts at 1.
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name='sqlite_sequence'").get()) db.exec("DELETE FROM sqlite_sequence");
    db.exec("VACUUM");
  });
}

// Native create-database for SQLite: create the folder and an empty file.
export function createDatabase(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  open(file, () => {});
  return path.basename(file);
}

// better-sqlite3's prepare() refuses strings with several statements ("contains more than
// one statement"). The Wasm engine sends whole migration scripts through executeRaw/queryRaw
// when it replays history on the shadow database, so route those through exec().
export function allowScripts(adapter) {
  for (const method of ["executeRaw", "queryRaw"]) {
    const original = adapter[method].bind(adapter);
    adapter[method] = async (query) => {
      try {
        return await original(query);
      } catch (e) {
        const msg = String(e?.cause?.message ?? e?.message ?? "");
        if (!msg.includes("more than one statement") || query.args.length > 0) throw e;
        await adapter.executeScript(query.sql);
        return method === "executeRaw" ? 0 : { columnNames: [], columnTypes: [], rows: [] };
      }
    };
  }
  return adapter;
}
