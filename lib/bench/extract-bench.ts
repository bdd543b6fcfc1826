// Extraction throughput on one core (MB/s, articles/s, ms an article) beside its floor, a plain
// regex scan for numbers over the same text. The corpus is 1,000 articles recombined from the
// paragraphs of the devset and seed texts (real prose, varied figures), or the texts of a folder.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@/lib/ingest/parse-article";
import { extractClaims } from "@/lib/extract";

export interface ExtractFigures { articles: number; megabytes: number; claims: number; seconds: number; cpuSeconds: number; floorSeconds: number; numbers: number }

export function loadTexts(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f) && statSync(join(dir, f)).isFile())
    .map((f) => parseArticle({ bytes: readFileSync(join(dir, f)), fileName: f }).text);
}

export function synthesizeTexts(n: number, root = "."): string[] {
  const sources = [...loadTexts(join(root, "devset/articles")), ...loadTexts(join(root, "seeds"))];
  const paras = sources.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 40);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const count = 6 + Math.floor(rand() * 10);
    const parts: string[] = [];
    // vary the figures so no two articles are byte-identical
    for (let p = 0; p < count; p++) parts.push(paras[Math.floor(rand() * paras.length)].replace(/\d+/g, (d) => String(Number(d) + (k % 7))));
    out.push(parts.join("\n\n"));
  }
  return out;
}

// One full pass warms the JIT (ingest is a long-running loop; a short warm-up left most of the first
// timed pass in the baseline compiler), then the best of three passes, in wall and in CPU time
// (the machine is shared, so wall time alone is noisy).
export function benchExtract(corpus: string[]): ExtractFigures {
  const megabytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  for (const t of corpus) extractClaims(t);
  let claims = 0;
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  for (let r = 0; r < 3; r++) {
    claims = 0;
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    for (const t of corpus) claims += extractClaims(t).length;
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - w0) / 1e9);
    cpuSeconds = Math.min(cpuSeconds, process.cpuUsage(c0).user / 1e6);
  }
  let numbers = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < 5; r++) for (const t of corpus) numbers += (t.match(/\d[\d,.]*/g) ?? []).length;
  const floorSeconds = Number(process.hrtime.bigint() - t0) / 1e9 / 5;
  return { articles: corpus.length, megabytes, claims, seconds, cpuSeconds, floorSeconds, numbers: numbers / 5 };
}
