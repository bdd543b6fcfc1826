// ingestPaths on worker threads against a real migrated file: the same report, in the same
// order, as on one thread; failures reported per file; a re-run skips extraction.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { generateArticle } from "@/lib/corpus/generate-corpus";

let dir: string;
const dbs: TempDatabase[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-pool-"));
  for (let i = 0; i < 40; i++) {
    const a = generateArticle(i);
    fs.writeFileSync(path.join(dir, a.fileName), a.text);
  }
  // The same text as the first article under another name, and two files that cannot be read.
  const first = generateArticle(0);
  fs.writeFileSync(path.join(dir, `zz-copy-${first.fileName}`), first.text);
  fs.writeFileSync(path.join(dir, "empty.txt"), "");
  fs.writeFileSync(path.join(dir, "nul.txt"), "Title\n\n12\u0000 people died.");
}, 60_000);
afterAll(async () => {
  const { closeWriter } = await import("./sqlite-writer");
  closeWriter();
  for (const db of dbs) db.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ingestInto(workers: number) {
  const tmp = createTempDatabase(`test-pool-${workers}`);
  dbs.push(tmp);
  process.env.DATABASE_URL = tmp.url;
  const { ingestPaths } = await import("./ingest-paths");
  const progress: number[] = [];
  const report = await ingestPaths([dir], { workers, onProgress: (done) => progress.push(done) });
  const again = await ingestPaths([dir], { workers });
  const db = new Database(tmp.file, { readonly: true });
  const stored = db.prepare('SELECT a.source AS source, count(c.id) AS claims FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a.id GROUP BY a.id ORDER BY a.id').all();
  db.close();
  return { report, again, progress, stored };
}

describe("ingestPaths", () => {
  it("stores on worker threads exactly what one thread stores, in file order", async () => {
    const single = await ingestInto(0);
    // The pool falls back to one thread with a warning when workers cannot start: not here.
    const warn = vi.spyOn(console, "warn");
    const pooled = await ingestInto(2);
    expect(warn).not.toHaveBeenCalled();
    const strip = (r: typeof single.report) => ({ ...r, added: r.added.map(({ file, claims }) => ({ file, claims })) });
    expect(strip(pooled.report)).toEqual(strip(single.report));
    expect(pooled.stored).toEqual(single.stored);
    expect(pooled.report.added).toHaveLength(40);
    expect(pooled.report.unchanged.map((u) => path.basename(u.file))).toEqual([expect.stringMatching(/^zz-copy-/)]);
    expect(pooled.report.failed.map((f) => [path.basename(f.file), f.reason])).toEqual([
      ["empty.txt", expect.stringMatching(/empty/)],
      ["nul.txt", expect.stringMatching(/NUL byte/)],
    ]);
    expect(pooled.progress).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    // A re-run finds every article by its hash before extraction.
    expect(pooled.again.added).toHaveLength(0);
    expect(pooled.again.unchanged).toHaveLength(41);
    expect(pooled.again.failed).toHaveLength(2);
  }, 60_000);

  it("hands files to the workers once they are up, with the outcomes one thread gives", async () => {
    const { prepareInOrder, startPreparePool } = await import("./ingest-pool");
    const { prepareFile } = await import("@/lib/ingest/prepare-file");
    const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
    let mainThreadLookups = 0;
    const knownId = () => void mainThreadLookups++;
    const outcomes: Array<[string, string, number]> = [];
    const pool = await startPreparePool(2, dbs[0].file);
    for await (const [file, o] of prepareInOrder(Promise.resolve(pool), files, knownId)) {
      outcomes.push([file, o.kind, o.kind === "prepared" ? o.article.claims.length : 0]);
    }
    // Workers look hashes up on their own connection: only what this thread prepared came here.
    expect(mainThreadLookups).toBeLessThan(5);
    const expected = files.map((file) => {
      const o = prepareFile(file, () => undefined);
      return [file, o.kind, o.kind === "prepared" ? o.article.claims.length : 0];
    });
    // dbs[0] already holds these articles, so the workers report them known.
    expect(outcomes.map(([f, k]) => [f, k === "known" ? "prepared" : k])).toEqual(expected.map(([f, k]) => [f, k]));
  }, 60_000);
});
