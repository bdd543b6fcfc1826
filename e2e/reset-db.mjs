// Run by the e2e web server command before `next start`: a fresh database for every run,
// migrated and seeded as `npm start` would, in its own file (never the user's).
import fs from "node:fs";

const url = process.env.DATABASE_URL ?? "";
if (!/^file:\.\/data\/e2e[\w-]*\.db$/.test(url)) throw new Error(`refusing to reset ${url}: not an e2e database`);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${url.slice("file:".length)}${suffix}`, { force: true });
