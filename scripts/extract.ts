// npm run --silent extract -- FILE... : one JSON line per claim on stdout, errors on stderr.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArticle } from "@/lib/ingest/parse-article";
import { extractClaims } from "@/lib/extract";

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const parsed = parseArticle({ bytes: readFileSync(file), fileName: basename(file) });
    const claims = extractClaims(parsed.text, { outlet: parsed.outlet, publishedAt: parsed.publishedAt });
    process.stdout.write(claims.map((c) => JSON.stringify({ article: file, ...c })).join("\n") + (claims.length ? "\n" : ""));
  } catch (err) {
    failed = true;
    process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
