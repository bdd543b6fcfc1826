// Several ingests at once, and an ingest killed mid-run: the database stays consistent and
// holds every article exactly once.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { generateArticle } from "@/lib/corpus/generate-corpus";
import { prepareArticle } from "@/lib/ingest/prepare-article";

let root: string;
const dbs: TempDatabase[] = [];

// node with tsx's loader in-process (no npm or tsx wrapper), so a SIGKILL hits the ingest itself.
function startIngest(args: string[], url: string) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

function writeFolder(name: string, from: number, to: number): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) {
    const a = generateArticle(i);
    fs.writeFileSync(path.join(dir, a.fileName), a.text);
  }
  return dir;
}

function consistency(file: string) {
  const db = new Database(file, { readonly: true });
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const result = {
    articles: one('SELECT count(*) AS n FROM "Article"'),
    duplicateHashes: one('SELECT count(*) AS n FROM (SELECT "contentHash" FROM "Article" GROUP BY "contentHash" HAVING count(*) > 1)'),
    orphanClaims: one('SELECT count(*) AS n FROM "Claim" WHERE "articleId" NOT IN (SELECT id FROM "Article")'),
    orphanMentions: one('SELECT count(*) AS n FROM "Mention" WHERE "claimId" NOT IN (SELECT id FROM "Claim")'),
    integrity: (db.pragma("integrity_check") as { integrity_check: string }[])[0].integrity_check,
    claimsBySource: new Map(
      (db.prepare('SELECT a.source AS source, count(c.id) AS n FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a.id GROUP BY a.id').all() as { source: string; n: number }[]).map((r) => [r.source, r.n]),
    ),
  };
  db.close();
  return result;
}

// What the extractor finds in a file now, to compare with what was stored.
function expectedClaims(file: string): number {
  return prepareArticle({ bytes: fs.readFileSync(file), fileName: file }).claims.length;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "cc-conc-"));
}, 60_000);
afterAll(() => {
  for (const db of dbs) db.remove();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("concurrent ingests of overlapping folders", () => {
  it("store every article exactly once, without errors", async () => {
    const tmp = createTempDatabase("test-concurrent");
    dbs.push(tmp);
    // Three folders of 40; b repeats half of a and half of c (same text, other paths).
    const a = writeFolder("a", 0, 40);
    const b = writeFolder("b", 20, 60);
    const c = writeFolder("c", 40, 80);
    const runs = [startIngest([a, b], tmp.url), startIngest([b, c], tmp.url), startIngest([c, a], tmp.url)];
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) {
      expect(r.stderr).not.toMatch(/failed:/);
      expect(r.code).toBe(0);
    }
    const added = results.reduce((n, r) => n + Number(/^(\d+) new/m.exec(r.stdout)?.[1] ?? NaN), 0);
    const state = consistency(tmp.file);
    expect(added).toBe(80);
    expect(state).toMatchObject({ articles: 80, duplicateHashes: 0, orphanClaims: 0, orphanMentions: 0, integrity: "ok" });
  }, 60_000);
});

describe("an ingest killed mid-run", () => {
  it("leaves no half-stored article, and a re-run completes the work", async () => {
    const tmp = createTempDatabase("test-killed");
    dbs.push(tmp);
    const dir = writeFolder("kill", 100, 400);
    // Small transactions, so some are committed while the rest are still in flight.
    const { child, done } = startIngest(["--batch", "5", dir], tmp.url);
    const reader = new Database(tmp.file, { readonly: true, timeout: 5_000 });
    const stored = () => (reader.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
    // Kill as soon as some articles are in, well before the 300 are done.
    const deadline = Date.now() + 40_000;
    while (stored() < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    const killed = await done;
    reader.close();
    expect(killed.signal).toBe("SIGKILL");

    const after = consistency(tmp.file);
    expect(after.articles).toBeGreaterThanOrEqual(20);
    expect(after.articles).toBeLessThan(300);
    expect(after).toMatchObject({ duplicateHashes: 0, orphanClaims: 0, orphanMentions: 0, integrity: "ok" });
    // Every stored article holds all the claims a fresh extraction finds: none is half-written.
    for (const [source, n] of after.claimsBySource) expect(n, source).toBe(expectedClaims(source));

    const rerun = await startIngest([dir], tmp.url).done;
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`^${300 - after.articles} new \\(\\d+ claims\\), ${after.articles} unchanged, 0 failed`, "m"));
    const final = consistency(tmp.file);
    expect(final).toMatchObject({ articles: 300, duplicateHashes: 0, orphanClaims: 0, orphanMentions: 0, integrity: "ok" });
  }, 60_000);
});
