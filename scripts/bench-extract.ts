// tsx scripts/bench-extract.ts [FOLDER] : extraction throughput (MB/s, articles/s) on one core,
// beside the floor of a plain regex scan for numbers over the same text. Without a folder it
// builds 1,000 articles in memory by recombining paragraphs of the devset and seed texts.
// (`npm run bench` prints the same figures first.)
import { benchExtract, loadTexts, synthesizeTexts } from "@/lib/bench/extract-bench";

const folder = process.argv[2];
const f = benchExtract(folder ? loadTexts(folder) : synthesizeTexts(1000));
console.log(`corpus: ${f.articles} articles, ${f.megabytes.toFixed(2)} MB${folder ? ` from ${folder}` : " (synthesized from devset + seeds)"}`);
console.log(`extract: ${(f.megabytes / f.seconds).toFixed(2)} MB/s, ${(f.articles / f.seconds).toFixed(0)} articles/s, ${((f.seconds * 1000) / f.articles).toFixed(3)} ms/article, ${f.claims} claims`);
console.log(`extract (CPU time): ${(f.megabytes / f.cpuSeconds).toFixed(2)} MB/s, ${(f.articles / f.cpuSeconds).toFixed(0)} articles/s`);
console.log(`floor (regex /\\d[\\d,.]*/g): ${(f.megabytes / f.floorSeconds).toFixed(1)} MB/s, ${f.numbers} numbers`);
