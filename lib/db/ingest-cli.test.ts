// `npm run ingest` as a user runs it: a child process against its own migrated database.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { generateArticle } from "@/lib/corpus/generate-corpus";

const run = promisify(execFile);
let tmp: TempDatabase;
let dir: string;

async function ingest(args: string[], url: string) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "ingest", "--", ...args], { env: { ...process.env, DATABASE_URL: url }, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const GOOD = 6;
const BAD: Array<[string, string | Uint8Array | null, RegExp]> = [
  ["empty.txt", "", /the file is empty/],
  ["image.png.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]), /PNG image/],
  ["report.pdf", "%PDF-1.5\n%\u00e2\u00e3", /PDF document|\.pdf files are not supported/],
  ["bundle.zip", Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]), /ZIP archive|\.zip files are not supported/],
  ["huge.txt", null, /50\.0 MB; one article may be at most 5\.0 MB/],
  ["nul.txt", "Title\n\nThe ministry said 12\u0000 people died.", /1 NUL byte/],
  ["mixed.txt", Uint8Array.from([...new TextEncoder().encode("Caf\u00e9 — 12 killed "), 0xe9, 0x20, 0x41]), /mixes encodings/],
  ["script-only.html", "<html><body><script>alert(1); var killed = 40;</script></body></html>", /no visible article text/],
];

beforeAll(() => {
  tmp = createTempDatabase("test-cli");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-cli-"));
  const names = ["plain.txt", "odd\\name..txt", "report (1) \u00fc.txt", "notes.md", "page.html", "sub/deeper.txt"];
  names.forEach((name, i) => {
    const a = generateArticle(i);
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    const body = name.endsWith(".html") ? `<html><body><article><h1>${a.title}</h1><p>${a.text.split("\n\n").slice(1).join("</p><p>")}</p></article></body></html>` : a.text;
    fs.writeFileSync(path.join(dir, name), body);
  });
  for (const [name, content] of BAD) {
    if (content === null) {
      // A sparse 50 MB file: no 50 MB written to disk, yet stat reports it.
      fs.closeSync(fs.openSync(path.join(dir, name), "w"));
      fs.truncateSync(path.join(dir, name), 50 * 1024 * 1024);
    } else fs.writeFileSync(path.join(dir, name), content);
  }
}, 60_000);
afterAll(() => {
  tmp.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run ingest", () => {
  it("stores the good files, reports each bad one with its reason, exits non-zero", async () => {
    const { code, stdout, stderr } = await ingest([dir, path.join(dir, "report.pdf"), path.join(dir, "bundle.zip"), path.join(dir, "missing.txt")], tmp.url);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${GOOD} new \\(\\d+ claims\\), 0 unchanged, ${BAD.length + 1} failed`, "m"));
    for (const [name, , reason] of BAD) {
      const line = stderr.split("\n").find((l) => l.startsWith(`failed: ${path.join(dir, name)}:`));
      expect(line, name).toMatch(reason);
    }
    expect(stderr).toMatch(/missing\.txt: no such file or folder/);
    const db = new Database(tmp.file, { readonly: true });
    const rows = db.prepare('SELECT source FROM "Article" ORDER BY source').all() as { source: string }[];
    const orphans = db.prepare('SELECT count(*) AS n FROM "Claim" WHERE "articleId" NOT IN (SELECT id FROM "Article")').get() as { n: number };
    db.close();
    expect(rows.map((r) => path.relative(dir, r.source)).sort()).toEqual(["notes.md", "odd\\name..txt", "page.html", "plain.txt", "report (1) \u00fc.txt", "sub/deeper.txt"].sort());
    expect(orphans.n).toBe(0);
  }, 60_000);

  it("a second run finds everything unchanged; a folder of good files exits 0", async () => {
    const again = await ingest([dir], tmp.url);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(new RegExp(`^0 new \\(0 claims\\), ${GOOD} unchanged, ${BAD.length - 2} failed`, "m"));
    const good = await ingest([path.join(dir, "sub"), path.join(dir, "plain.txt")], tmp.url);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^0 new \(0 claims\), 2 unchanged, 0 failed/m);
  }, 60_000);

  it("no arguments: usage and exit code 2", async () => {
    const { code, stderr } = await ingest([], tmp.url);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run ingest -- \[--batch N\] PATH/);
  }, 30_000);

  it("a bad --batch or an unknown option: a clear message and exit code 2", async () => {
    for (const args of [["--batch", "0", "seeds"], ["--batch", "many", "seeds"], ["--bogus", "seeds"]]) {
      const { code, stderr } = await ingest(args, tmp.url);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/--batch: |Unknown option '--bogus'/);
    }
  }, 60_000);
});
