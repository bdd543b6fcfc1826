import { execSync } from "node:child_process";
import fs from "node:fs";

// A fresh database for every run: migrate it and load the seeds, as `npm start` would.
export default function globalSetup() {
  const url = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
  const env = { ...process.env, DATABASE_URL: url };
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${url.slice("file:".length)}${suffix}`, { force: true });
  execSync("npm run --silent db:prepare", { env, stdio: "inherit" });
}
