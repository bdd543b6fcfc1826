// The TypeScript scorer must give score.py's numbers; checked on a small fixture when python3 exists.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score, type GoldRow, type PredRow } from "./score";

const gold: GoldRow[] = [
  { article: "a.txt", value: 23, metric: "missiles", side: "russia", actorSide: "us_coalition" },
  { article: "a.txt", value: 59, metric: "missiles", side: "us_coalition", actorSide: "us_coalition" },
  { article: "a.txt", value: 2, metric: "other", side: "us_coalition", optional: true },
  { article: "a.txt", value: 60, valueMax: 70, metric: "sorties", side: "russia", actorSide: "russia" },
  { article: "b.txt", value: 0.3333, metric: "territory", side: "monitor" },
  { article: "b.txt", value: 1000, metric: "people_displaced", side: "un" },
];
const preds: PredRow[] = [
  { article: "x/a.txt", value: 23, metric: "missiles", side: "russia", actorSide: "us_coalition" },
  { article: "x/a.txt", value: 23, metric: "missiles", side: "media", actorSide: null },
  { article: "x/a.txt", value: 59, metric: "missiles", side: "russia", actorSide: "us_coalition" },
  { article: "x/a.txt", value: 2, metric: "other", side: "us_coalition" },
  { article: "x/a.txt", value: 60, valueMax: 71, metric: "sorties", side: "russia", actorSide: "russia" },
  { article: "b.txt", value: 0.333, metric: "territory", side: "monitor" },
  { article: "b.txt", value: 1005, metric: "people_displaced", side: "un", actorSide: null },
  { article: "b.txt", value: 7, metric: "aircraft", side: "media" },
];

const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("TypeScript scorer", () => {
  it("scores the fixture by the README rules", () => {
    const s = score(preds, gold);
    expect(s.nPred).toBe(7);
    expect(s.nPredOk).toBe(5);
    expect(s.nGold).toBe(5);
    expect(s.nGoldOk).toBe(4);
  });
  it.skipIf(!hasPython)("gives the same numbers as score.py", () => {
    const dir = mkdtempSync(join(tmpdir(), "score-"));
    const gp = join(dir, "gold.jsonl");
    const pp = join(dir, "pred.jsonl");
    writeFileSync(gp, gold.map((g) => JSON.stringify(g)).join("\n") + "\n");
    writeFileSync(pp, preds.map((p) => JSON.stringify(p)).join("\n") + "\n");
    const out = execFileSync("python3", [join(process.cwd(), "devset/score.py"), pp, gp], { encoding: "utf8" });
    const s = score(preds, gold);
    const num = (re: RegExp) => Number(re.exec(out)?.[1]);
    expect(num(/precision ([\d.]+)/)).toBeCloseTo(s.precision, 3);
    expect(num(/recall ([\d.]+)/)).toBeCloseTo(s.recall, 3);
    expect(num(/F1 ([\d.]+)/)).toBeCloseTo(s.f1, 3);
    expect(num(/side accuracy ([\d.]+)/)).toBeCloseTo(s.side, 3);
    expect(num(/actor accuracy ([\d.]+)/)).toBeCloseTo(s.actor, 3);
    expect(num(/collapsed predictions (\d+)/)).toBe(s.nPred);
  });
});
