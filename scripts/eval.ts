// npm run eval [-- --verbose] : scores the extractor on the shared devset, the labelled seeds,
// the training set, the extra set and the blind set (devset/blind), each reported separately. Always exits 0 unless
// something crashes: it is a report, not a gate.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@/lib/ingest/parse-article";
import { extractClaims } from "@/lib/extract";
import { readSpan } from "@/lib/compare/span";
import { score, matches, collapse, type GoldRow, type PredRow } from "./score";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
// --tuning leaves the held-out set out entirely, so a tuning loop never sees its figures.
const tuning = process.argv.includes("--tuning");
const root = process.cwd();

interface Set { name: string; articles: string; gold: string; heldOut?: boolean }
const SETS: Set[] = [
  { name: "shared devset", articles: "devset/articles", gold: "devset/gold.jsonl" },
  { name: "seeds", articles: "seeds", gold: "devset/seeds-gold.jsonl" },
  { name: "training set (devset/train, tuned on)", articles: "devset/train/articles", gold: "devset/train/gold.jsonl" },
  // extra was held out until its last blind score (P .858 R .815 side .891 actor .832) was
  // recorded; since then it is tuned on, and devset/blind is the only held-out set.
  { name: "extra (held out first, tuned on since)", articles: "devset/extra/articles", gold: "devset/extra/gold.jsonl" },
  // train2 was written blind to the extractor, like blind, and tuned on from the start; its first,
  // untuned score was P .852 R .780 side .617 actor .591 (version 2026.11.21-66)
  { name: "train2 (written blind, tuned on)", articles: "devset/train2/articles", gold: "devset/train2/gold.jsonl" },
  // train3: 20 texts in hard attribution forms, written blind to the extractor, tuned on from the start;
  // its first, untuned score was P .762 R .636 side .603 actor .581 (after commit ad3b4ed)
  { name: "train3 (written blind, tuned on)", articles: "devset/train3/articles", gold: "devset/train3/gold.jsonl" },
  // train4: 20 more, written blind to the extractor (its writer saw ~25 held-out gold rows in one search, see its
  // README); its first, untuned score was P .774 R .673 side .736 actor .669 (after commit 4c1e9b0-era rules)
  { name: "train4 (written blind, tuned on)", articles: "devset/train4/articles", gold: "devset/train4/gold.jsonl" },
  // train5: 20 more, written blind to the extractor, tuned on from the start; its first, untuned score was
  // P .818 R .732 side .689 actor .701
  { name: "train5 (written blind, tuned on)", articles: "devset/train5/articles", gold: "devset/train5/gold.jsonl" },
  // train6: 20 texts of competing official figures, written blind to the extractor in session 4, tuned on from the start;
  // its first, untuned score was P .870 R .773 side .712 actor .734 (at -127, with label rules then being written for train7)
  { name: "train6 (written blind, tuned on)", articles: "devset/train6/articles", gold: "devset/train6/gold.jsonl" },
  // train7: 20 texts hard on attribution, written blind to the extractor in session 4, tuned on from the start;
  // its first, untuned score was P .792 R .705 side .589 actor .567 (version 2026.11.21-127)
  { name: "train7 (written blind, tuned on)", articles: "devset/train7/articles", gold: "devset/train7/gold.jsonl" },
  // train8: 20 texts hard on attribution and actor, written blind to the extractor in session 5 (its writer's slips
  // are in its README), tuned on from then; its first, untuned score was P .838 R .748 side .695 actor .727 (version 2026.11.21-200)
  { name: "train8 (written blind, tuned on)", articles: "devset/train8/articles", gold: "devset/train8/gold.jsonl" },
  // blind and blind2 were held out for sessions 1-4; their last held-out scores (version 2026.11.21-178) were
  // blind P .865 R .872 side .906 actor .801 and blind2 P .835 R .829 side .637 actor .553. From session 5
  // they are tuned on, and blind3, blind4 and blind5 are the held-out sets.
  { name: "blind (held out to session 4, tuned on since)", articles: "devset/blind/articles", gold: "devset/blind/gold.jsonl" },
  { name: "blind2 (held out to session 4, tuned on since)", articles: "devset/blind2/articles", gold: "devset/blind2/gold.jsonl" },
  // blind3 was written late in this session on events no other set covers, and is measured once, at its end
  { name: "blind3, held out (written without seeing the extractor)", articles: "devset/blind3/articles", gold: "devset/blind3/gold.jsonl", heldOut: true },
  // blind4 was written in session 4 on events no training set lists (its writer saw three commit subjects, see
  // its README), and is measured once, at the session's end
  { name: "blind4, held out (written without seeing the extractor)", articles: "devset/blind4/articles", gold: "devset/blind4/gold.jsonl", heldOut: true },
  // blind5 was written in session 5 on events no tuning set lists (its writer's slips are in its README: one
  // over-wide grep printed four claimant/side pairs and four file names of blind3 and blind4), measured once at the end.
  // Its first look, summary only, at the session's starting version 2026.11.21-178: P .815 R .680 side .627 actor .731
  { name: "blind5, held out (written without seeing the extractor)", articles: "devset/blind5/articles", gold: "devset/blind5/gold.jsonl", heldOut: true },
  // blind6 was written in session 6 on events no other set's README lists (Gaza, Lebanon 2024, Yemen and the UAE,
  // Libya, Afghanistan, Mali, Niger, Turkey, Iran-Pakistan; its writer's two slips are in its README), measured once, at the end
  { name: "blind6, held out (written without seeing the extractor)", articles: "devset/blind6/articles", gold: "devset/blind6/gold.jsonl", heldOut: true },
];

const pct = (x: number) => x.toFixed(3);

// Not in the shared scorer: whether a found figure's span is of the kind its label gives, a running
// total or one incident, read as the comparison reads it (readSpan), which never sets one beside the
// other: a wrong kind mis-files a figure there.
const spanKind = (period: string | null | undefined) => readSpan(period ?? null, null).kind;

function spanAgreement(preds: Array<PredRow & { period: string | null }>, gold: Array<GoldRow & { period?: string | null }>): number {
  const byArticle = new Map<string, PredRow[]>();
  for (const a of new Set(preds.map((p) => p.article))) byArticle.set(a, collapse(preds.filter((p) => p.article === a)));
  let found = 0, same = 0;
  for (const g of gold) {
    if (g.optional) continue;
    const hit = byArticle.get(g.article)?.find((p) => matches(p, g)) as (PredRow & { period: string | null }) | undefined;
    if (!hit) continue;
    found++;
    if (spanKind(hit.period) === spanKind(g.period)) same++;
  }
  return found ? same / found : 0;
}

for (const set of SETS) {
  if (tuning && set.heldOut) { console.log(`\n== ${set.name}: left out (--tuning)`); continue; }
  const dir = join(root, set.articles);
  const goldPath = join(root, set.gold);
  if (!existsSync(dir) || !existsSync(goldPath)) { console.log(`\n== ${set.name}: not present, skipped`); continue; }
  const gold: GoldRow[] = readFileSync(goldPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const labelled = new Set(gold.map((g) => g.article));
  const preds: Array<PredRow & { sentence: string; claimant: string; period: string | null }> = [];
  for (const f of readdirSync(dir).sort()) {
    if (!labelled.has(f)) continue;
    const parsed = parseArticle({ bytes: readFileSync(join(dir, f)), fileName: f });
    for (const c of extractClaims(parsed.text, { outlet: parsed.outlet, publishedAt: parsed.publishedAt })) {
      preds.push({ article: f, value: c.value, valueMax: c.valueMax, metric: c.metric, side: c.side, actorSide: c.actorSide, sentence: c.sentence, claimant: c.claimant, period: c.period });
    }
  }
  const s = score(preds, gold);
  console.log(`\n== ${set.name}`);
  // The held-out set stays unread while tuning: only its summary prints, unless asked for.
  const perArticle = !set.heldOut || process.argv.includes("--verbose-blind");
  if (perArticle) console.log(`${"article".padEnd(45)} ${"P".padStart(6)} ${"R".padStart(6)} ${"side".padStart(6)} ${"actor".padStart(6)}`);
  for (const a of perArticle ? s.articles : []) {
    console.log(`${a.article.padEnd(45)} ${pct(a.p).padStart(6)} ${pct(a.r).padStart(6)} ${(a.nGoldOk ? pct(a.sideOk / a.nGoldOk) : "-").padStart(6)} ${(a.nGoldOk ? pct(a.actorOk / a.nGoldOk) : "-").padStart(6)}`);
    if (!verbose) continue;
    const golds = gold.filter((g) => g.article === a.article);
    const cps = collapse(preds.filter((p) => p.article === a.article)) as typeof preds;
    for (const g of golds.filter((g) => !g.optional)) {
      const hit = cps.find((p) => matches(p, g));
      if (!hit) console.log(`   MISS ${g.value}${g.valueMax ? "-" + g.valueMax : ""} ${g.metric} [${g.side}/${g.actorSide ?? "-"}] ${g.unit} :: ${g.sentence?.slice(0, 140)}`);
      else if (hit.side !== g.side || (hit.actorSide ?? null) !== (g.actorSide ?? null))
        console.log(`   SIDE ${g.value} ${g.metric} gold ${g.side}/${g.actorSide ?? "-"} got ${hit.side}/${hit.actorSide ?? "-"} (${hit.claimant}) :: ${hit.sentence.slice(0, 120)}`);
    }
    for (const p of cps) if (!golds.some((g) => matches(p, g))) console.log(`   FP   ${p.value}${p.valueMax ? "-" + p.valueMax : ""} ${p.metric} [${p.side}] :: ${p.sentence.slice(0, 140)}`);
  }
  console.log(`collapsed predictions ${s.nPred}, matched ${s.nPredOk}; required gold ${s.nGold}, matched ${s.nGoldOk}`);
  console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  side ${pct(s.side)}  actor ${pct(s.actor)}  span ${pct(spanAgreement(preds, gold))}`);
}
