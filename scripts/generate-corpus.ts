// Writes a synthetic corpus of plain-text articles for ingest and extraction benchmarks:
//   tsx scripts/generate-corpus.ts --count 100000 --out bench-out/corpus [--seed 20140808] [--claims]
// Each file: title line, "By ... | Outlet | date" byline (the form lib/ingest/find-metadata.ts
// reads), a blank line, then the body. With --claims, the planted gold claims go to
// claims.jsonl in the output directory, one line per claim, for recall measurements.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_SEED, generateArticleWithClaims } from "../lib/corpus/generate-corpus";

const Args = z.object({
  count: z.coerce.number().int().positive().max(10_000_000),
  out: z.string().min(1),
  seed: z.coerce.number().int().min(0).max(0xffffffff).default(DEFAULT_SEED),
  claims: z.boolean().default(false),
});

const USAGE = "Usage: tsx scripts/generate-corpus.ts --count N --out DIR [--seed S] [--claims]";

function readArgs(): z.infer<typeof Args> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      options: { count: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, claims: { type: "boolean" } },
      strict: true,
    }).values;
  } catch (error) {
    // Unknown flags and "--count -3" (a value that looks like a flag) land here.
    console.error(`${USAGE}\n  ${(error as Error).message.split("\n")[0]}`);
    process.exit(2);
  }
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    console.error(USAGE);
    for (const issue of parsed.error.issues) console.error(`  --${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  return parsed.data;
}

function main(): void {
  const { count, out, seed, claims } = readArgs();
  mkdirSync(out, { recursive: true });
  const claimsFd = claims ? openSync(join(out, "claims.jsonl"), "w") : null;
  const started = performance.now();
  let planted = 0;
  // One article at a time: memory stays flat however large the corpus.
  for (let i = 0; i < count; i++) {
    const article = generateArticleWithClaims(i, seed);
    writeFileSync(join(out, article.fileName), article.text);
    planted += article.claims.length;
    if (claimsFd !== null) {
      const lines = article.claims.map((c) => JSON.stringify({ article: article.fileName, ...c })).join("\n");
      if (lines) writeSync(claimsFd, `${lines}\n`);
    }
    if ((i + 1) % 10_000 === 0) console.error(`${i + 1} / ${count} articles`);
  }
  if (claimsFd !== null) closeSync(claimsFd);
  const seconds = (performance.now() - started) / 1000;
  console.error(`wrote ${count} articles (${planted} planted claims) to ${out} in ${seconds.toFixed(1)} s, seed ${seed}`);
}

main();
