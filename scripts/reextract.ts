// npm run reextract [-- --all] : re-runs the current extractor over stored articles whose
// extractorVersion differs (every article with --all), one transaction per article, and
// prints a summary. Exits non-zero when an article failed.
import { parseArgs } from "node:util";
import { EXTRACTOR_VERSION } from "@/lib/extract";
import { reextractArticles } from "@/lib/db/reextract-articles";
import { closeWriter } from "@/lib/db/sqlite-writer";

let all = false;
try {
  all = Boolean(parseArgs({ options: { all: { type: "boolean" } }, strict: true }).values.all);
} catch (error) {
  console.error(`usage: npm run reextract [-- --all]\n  ${(error as Error).message.split("\n")[0]}`);
  process.exit(2);
}

const started = Date.now();
const tty = process.stderr.isTTY;
const report = reextractArticles({
  all,
  onProgress: (done, total) => {
    if (tty && (done % 50 === 0 || done === total)) process.stderr.write(`\r${done}/${total} articles`);
    else if (!tty && (done % 5000 === 0 || done === total)) process.stderr.write(`${done}/${total} articles\n`);
  },
});
if (tty && report.checked) process.stderr.write("\n");
closeWriter();
for (const f of report.failed) console.error(`failed: article ${f.id}: ${f.reason}`);
console.log(
  report.checked === 0
    ? `All articles are already at extractor ${EXTRACTOR_VERSION}; nothing to do.`
    : `${report.reextracted} articles re-extracted with ${EXTRACTOR_VERSION} (claims ${report.claimsBefore} → ${report.claimsAfter}), ${report.failed.length} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(report.failed.length > 0 ? 1 : 0);
