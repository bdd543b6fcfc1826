// CSV export of up to a million claims through the route's own path (openCsvExport), next to
// the floor: the same SQL statement stepped bare on one thread, rows tab-joined with no
// formatting or escaping. Each runs in a child process that does only that export, so peak
// RSS is the export's, not the bench process's (which holds the query figures' state).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ExportFigures { rows: number; bytes: number; threads: number; seconds: number; rowsPerSecond: number; peakRssMb: number; startRssMb: number }

async function exportInChild(mode: "csv" | "raw", dbFile: string, query: string, limit: number, outFile: string): Promise<ExportFigures> {
  const { stdout } = await run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "lib/bench/export-child.ts"), mode, dbFile, query, String(limit), outFile],
    { cwd: ROOT, maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!) as ExportFigures;
}

export function benchCsvExport(dbFile: string, query: string, limit: number, outFile: string): Promise<ExportFigures> {
  return exportInChild("csv", dbFile, query, limit, outFile);
}

export function benchRawExport(dbFile: string, query: string, limit: number, outFile: string): Promise<ExportFigures> {
  return exportInChild("raw", dbFile, query, limit, outFile);
}
