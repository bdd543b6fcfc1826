#!/usr/bin/env node
// Offline stand-in for Prisma's native schema engine, used through PRISMA_SCHEMA_ENGINE_BINARY
// when the native binary could not be downloaded (see prisma.config.ts). It speaks the same
// JSON-RPC over stdio as the native engine and delegates the real work (diffing, SQL
// generation, migration bookkeeping) to @prisma/schema-engine-wasm on a better-sqlite3 adapter.
// The host covers what the Wasm engine leaves out: see ./sqlite.mjs and the handlers below.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { allowScripts, createDatabase, ensureMigrationsTable, resetDatabase, sqlitePath } from "./sqlite.mjs";

const require = createRequire(import.meta.url);

// ---- arguments, as the CLI passes them to the native engine ----
const argv = process.argv.slice(2);
const opt = { datamodels: [], datasource: {}, cli: null };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--datamodels") opt.datamodels.push(argv[++i]);
  else if (a === "--datasource") opt.datasource = JSON.parse(argv[++i]);
  else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
  else if (a === "--version" || a === "-V") opt.version = true;
  else if (a === "cli") opt.cli = argv[++i];
}

// The native engine logs JSON lines on stderr; the CLI reads ERROR lines from the
// schema_engine::logger target to report `cli` subcommand failures. It skips the first
// stderr line (the native engine's start-up log), so write one.
function logError(code, message) {
  process.stderr.write(JSON.stringify({ level: "INFO", target: "schema_engine::logger", fields: { message: "Starting schema engine (offline, Wasm)" } }) + "\n");
  process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code: code, message } }) + "\n");
}

// ---- Wasm engine ----
// The package's entry does `import * as wasm from "./x.wasm"`, which Node 20 cannot load,
// so instantiate the module by hand against its JS glue.
async function loadWasm() {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = fs.readFileSync(gluePath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return glue;
}

if (opt.version) {
  const glue = await loadWasm();
  process.stdout.write(`schema-engine-cli ${glue.version()} (@prisma/schema-engine-wasm, offline)\n`);
  process.exit(0);
}

const url = opt.datasource.url;

if (opt.cli) {
  // `cli can-connect-to-database` / `cli create-database`: used by migrate deploy/dev to
  // create the SQLite file when it does not exist yet (P1003 -> create).
  try {
    const file = sqlitePath(url);
    if (opt.cli === "can-connect-to-database") {
      if (file !== ":memory:" && !fs.existsSync(file)) {
        logError("P1003", `Database \`${file.split("/").pop()}\` does not exist at \`${file}\`.`);
        process.exit(1);
      }
    } else if (opt.cli === "create-database") {
      if (file !== ":memory:") createDatabase(file);
    } else if (opt.cli !== "drop-database") {
      throw new Error(`Unsupported cli command ${opt.cli}`);
    } else if (file !== ":memory:") fs.rmSync(file, { force: true });
    process.exit(0);
  } catch (e) {
    logError(e.errorCode ?? "P1000", e.message);
    process.exit(1);
  }
}

const glue = await loadWasm();
const { PrismaBetterSqlite3 } = await import(pathToFileURL(require.resolve("@prisma/adapter-better-sqlite3")).href);
const { bindMigrationAwareSqlAdapterFactory } = await import(pathToFileURL(require.resolve("@prisma/driver-adapter-utils")).href);

let engine, factory, dbFile;
const connections = [];
async function getEngine() {
  if (engine) return engine;
  dbFile = sqlitePath(url ?? "file::memory:");
  const raw = new PrismaBetterSqlite3({ url: dbFile }, opt.datasource.shadowDatabaseUrl ? { shadowDatabaseUrl: sqlitePath(opt.datasource.shadowDatabaseUrl) } : undefined);
  for (const m of ["connect", "connectToShadowDb"]) {
    const original = raw[m].bind(raw);
    raw[m] = async () => {
      const adapter = allowScripts(await original());
      connections.push(adapter);
      return adapter;
    };
  }
  factory = bindMigrationAwareSqlAdapterFactory(raw);
  const datamodels = opt.datamodels.map((p) => [p, fs.readFileSync(p, "utf8")]);
  const log = (line) => process.env.PRISMA_SCHEMA_ENGINE_DEBUG && process.stderr.write(line);
  engine = await glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log, factory);
  return engine;
}

// The engine reports driver failures as "External error id#N"; the adapter's registry holds the real error.
function explain(message) {
  return String(message).replace(/External error id#(\d+)/g, (m, id) => {
    const entry = factory?.errorRegistry?.consumeError(Number(id));
    return entry ? `${m}: ${entry.error?.message ?? entry.error}` : m;
  });
}

// Ask the CLI to print, as the native engine does for `migrate diff` output.
let printId = 1_000_000;
const pendingPrints = new Map();
function print(content) {
  const id = printId++;
  return new Promise((resolve) => {
    pendingPrints.set(id, resolve);
    send({ jsonrpc: "2.0", id, method: "print", params: { content } });
  });
}

const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
const needsMigrationsTable = (file) => {
  if (file !== ":memory:" && ensureMigrationsTable(file) === "non-empty") {
    throw Object.assign(new Error("The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline"), { code: "P3005" });
  }
};

// Native migration names: UTC timestamp + the (already slugified) name from the CLI.
function migrationName(name) {
  const ts = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return name ? `${ts}_${name}` : ts;
}

async function pushDryRun(p) {
  if (dbFile === ":memory:" || !fs.existsSync(dbFile)) return { warnings: [], unexecutable: [] };
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-engine-")), "copy.db");
  try {
    fs.copyFileSync(dbFile, tmp);
    const copyFactory = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: tmp }));
    const copy = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, copyFactory);
    const r = await copy.schemaPush({ force: false, schema: p.schema, filters: p.filters });
    copy.free();
    return r;
  } finally {
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
}

// An empty history has no lock file yet, which the Wasm diff rejects; it is the empty schema.
function diffFromHistory(e, p) {
  const from = p.migrationsList.migrationDirectories.length ? { tag: "migrations", ...p.migrationsList } : { tag: "empty" };
  return e.diff({ from, to: { tag: "schemaDatamodel", ...p.schema }, script: true, exitCode: true, filters: p.filters });
}

const handlers = {
  async createDatabase() {
    return { databaseName: createDatabase(sqlitePath(url)) };
  },
  async reset() {
    await getEngine();
    if (dbFile !== ":memory:") resetDatabase(dbFile);
    return {};
  },
  async applyMigrations(p) {
    const e = await getEngine();
    needsMigrationsTable(dbFile);
    return e.applyMigrations(p);
  },
  async diagnoseMigrationHistory(p) {
    const e = await getEngine();
    // No table on an empty database: report it the way the native engine does.
    if (dbFile !== ":memory:" && ensureMigrationsTable(dbFile) === "non-empty") {
      return { editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: false, history: p.migrationsList.migrationDirectories.length ? { diagnostic: "databaseIsBehind", unappliedMigrationNames: p.migrationsList.migrationDirectories.map((d) => d.path) } : null };
    }
    return e.diagnoseMigrationHistory(p);
  },
  async devDiagnostic(p) {
    const e = await getEngine();
    needsMigrationsTable(dbFile);
    return e.devDiagnostic(p);
  },
  async markMigrationApplied(p) {
    const e = await getEngine();
    needsMigrationsTable(dbFile);
    return e.markMigrationApplied(p);
  },
  // The Wasm createMigration/evaluateDataLoss do not get the shadow database ("SQLite shadow DB
  // must be provided through an external factory"); diff from the migration history does, and
  // renders the same script.
  async createMigration(p) {
    const e = await getEngine();
    const d = await diffFromHistory(e, p);
    const empty = d.exitCode === 0;
    const script = empty ? (p.draft ? "-- This is an empty migration." : null) : d.stdout;
    return { connectorType: "sqlite", generatedMigrationName: migrationName(p.migrationName), migrationScript: script, extension: "sql" };
  },
  async evaluateDataLoss(p) {
    const e = await getEngine();
    const d = await diffFromHistory(e, p);
    if (d.exitCode === 0) return { migrationSteps: 0, unexecutableSteps: [], warnings: [] };
    // Data-loss warnings need the live data. A non-forced schemaPush checks exactly that, but
    // applies the change when there is nothing to warn about, so run it on a copy of the file.
    const { warnings, unexecutable } = await pushDryRun(p);
    const feedback = (message) => ({ message, stepIndex: 0 });
    return { migrationSteps: 1, unexecutableSteps: unexecutable.map(feedback), warnings: warnings.map(feedback) };
  },
  async diff(p) {
    const e = await getEngine();
    const d = await e.diff(p);
    if (d.stdout) await print(d.stdout);
    return { exitCode: d.exitCode, stdout: null };
  },
  async getDatabaseVersion() {
    return (await getEngine()).version();
  },
};

async function handle(req) {
  const fn = handlers[req.method] ?? (async (p) => {
    const e = await getEngine();
    if (typeof e[req.method] !== "function") throw Object.assign(new Error(`Method ${req.method} is not supported by the offline schema engine`), { rpcCode: -32601 });
    return e[req.method](p);
  });
  try {
    const result = await fn(req.params ?? {});
    send({ jsonrpc: "2.0", id: req.id, result: result ?? {} });
  } catch (err) {
    const message = explain(err?.message ?? err);
    send({
      jsonrpc: "2.0",
      id: req.id,
      error: { code: err?.rpcCode ?? 4466, message: "An error happened. Check the data field for details.", data: { is_panic: false, message, error_code: err?.code ?? undefined, meta: null } },
    });
  }
}

// Requests run one at a time, in order, as with the native engine.
let queue = Promise.resolve();
readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
  if (!line.trim()) return;
  const msg = JSON.parse(line);
  if (msg.method === undefined && pendingPrints.has(msg.id)) {
    pendingPrints.get(msg.id)();
    pendingPrints.delete(msg.id);
    return;
  }
  queue = queue.then(() => handle(msg));
}).on("close", () => {
  queue.then(() => process.exit(0));
});

// The Wasm engine switches its connection to locking_mode=EXCLUSIVE while migrating; unless
// the connection is closed, SQLite leaves a (zeroed) -journal file behind. The CLI ends the
// engine with SIGTERM right after closing stdin, so close synchronously on both paths.
function closeConnections() {
  for (const c of connections.splice(0)) {
    try {
      c.client?.close();
    } catch {
      // already closed
    }
  }
}
process.on("exit", closeConnections);
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(130));
