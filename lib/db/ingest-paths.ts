import "server-only";
import { promises as fs } from "node:fs";
import { collectFiles } from "@/lib/ingest/collect-files";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { storeArticle } from "./store-article";

export interface IngestReport {
  added: { file: string; id: number; claims: number }[];
  unchanged: { file: string; id: number }[];
  failed: { file: string; reason: string }[];
}

export async function ingestPaths(paths: string[], onProgress?: (done: number, total: number, file: string) => void): Promise<IngestReport> {
  const { files, missing } = await collectFiles(paths);
  const report: IngestReport = { added: [], unchanged: [], failed: missing.map((file) => ({ file, reason: "no such file or folder" })) };
  let done = 0;
  for (const file of files) {
    try {
      const bytes = await fs.readFile(file);
      const result = await storeArticle(prepareArticle({ bytes, fileName: file, source: file }));
      if (result.status === "new") report.added.push({ file, id: result.id, claims: result.claims });
      else report.unchanged.push({ file, id: result.id });
    } catch (error) {
      report.failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
    onProgress?.(++done, files.length, file);
  }
  return report;
}
