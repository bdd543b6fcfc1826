// tsx scripts/bench-extract.ts [FOLDER] : extraction throughput (MB/s, articles/s) on one core,
// beside the floor of a plain regex scan for numbers over the same text. Without a folder it
// builds 1,000 articles in memory by recombining paragraphs of the devset and seed texts.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@/lib/ingest/parse-article";
import { extractClaims } from "@/lib/extract";

function load(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f) && statSync(join(dir, f)).isFile())
    .map((f) => parseArticle({ bytes: readFileSync(join(dir, f)), fileName: f }).text);
}

function synthesize(n: number): string[] {
  const sources = [...load("devset/articles"), ...load("seeds")];
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

const folder = process.argv[2];
const corpus = folder ? load(folder) : synthesize(1000);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
// warm up the JIT on one full pass: ingest is a long-running loop, and a 50-article warm-up left
// most of the first timed pass in the baseline compiler. Then the best of three passes, in wall
// time and in this process's CPU time (the machine is shared, so wall time alone is noisy).
for (const t of corpus) extractClaims(t);

let claims = 0;
let secs = Infinity;
let cpuSecs = Infinity;
for (let r = 0; r < 3; r++) {
  claims = 0;
  const c0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  for (const t of corpus) claims += extractClaims(t).length;
  secs = Math.min(secs, Number(process.hrtime.bigint() - w0) / 1e9);
  cpuSecs = Math.min(cpuSecs, process.cpuUsage(c0).user / 1e6);
}

let hits = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < 5; r++) for (const t of corpus) hits += (t.match(/\d[\d,.]*/g) ?? []).length;
const floorSecs = Number(process.hrtime.bigint() - t0) / 1e9 / 5;

const mb = bytes / 1e6;
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB${folder ? ` from ${folder}` : " (synthesized from devset + seeds)"}`);
console.log(`extract: ${(mb / secs).toFixed(2)} MB/s, ${(corpus.length / secs).toFixed(0)} articles/s, ${((secs * 1000) / corpus.length).toFixed(3)} ms/article, ${claims} claims`);
console.log(`extract (CPU time): ${(mb / cpuSecs).toFixed(2)} MB/s, ${(corpus.length / cpuSecs).toFixed(0)} articles/s`);
console.log(`floor (regex /\\d[\\d,.]*/g): ${(mb / floorSecs).toFixed(1)} MB/s, ${hits / 5} numbers`);
