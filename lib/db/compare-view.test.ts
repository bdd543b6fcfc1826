// The comparison's reads against a real migrated SQLite file: the slim SQL pool groups into the
// same topics as the full claims did, only the requested page's figures are hydrated (every
// listed topic's for an export), topic filters mark their matches, and the filter bar's options
// come from the rollup.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { groupTopics } from "@/lib/compare/group-topics";
import type { CompareClaim } from "@/lib/compare/types";
import { parseCompareFilters } from "@/lib/filters/compare-filters";
import { rebuildFacetCounts } from "./facet-counts";
import { rebuildSentenceIndex } from "./sentence-index";

let tmp: TempDatabase;
let lib: typeof import("./compare-view") & typeof import("./compare-claims") & typeof import("./client");

const SIDES = ["russia", "monitor", "us_coalition", "syria_gov"];
const PLACES = ["Aleppo", "Raqqa", null, "Syria", "Homs"];
const PERIODS = [null, "day", "week", "since:2016-01-01", "between:2016-03-01/2016-03-07", "total"];

beforeAll(async () => {
  tmp = createTempDatabase("test-compare-view");
  const db = new Database(tmp.file);
  db.exec(`INSERT INTO Outlet(name) VALUES ('Ledger'), ('Daily');
    INSERT INTO Claimant(name, side) VALUES ('Russian Defense Ministry', 'russia'), ('Syrian Observatory for Human Rights', 'monitor'), ('CJTF-OIR', 'us_coalition'), ('SANA', 'syria_gov');`);
  const article = db.prepare("INSERT INTO Article(title, outletId, publishedAt, text, original, format, contentHash, source, extractorVersion) VALUES (?, ?, ?, 'text', 'text', 'text', ?, 'test', 't')");
  const claim = db.prepare(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, claimantId, side, actorSide, period, location, sentence, start, "end", outletId, date)
    VALUES (?, ?, 'exact', 'people', ?, ?, ?, ?, ?, ?, ?, 0, 2, ?, ?)`);
  const mention = db.prepare(`INSERT INTO Mention(claimId, start, "end", sentence) VALUES (?, ?, ?, 's')`);
  for (let i = 0; i < 400; i++) {
    const day = i % 37 === 0 ? null : new Date(Date.UTC(2016, 0, 1) + (i % 200) * 11 * 86_400_000).toISOString().replace("Z", "+00:00");
    const outlet = (i % 2) + 1;
    const a = article.run(`Article ${i}`, outlet, day, `hash-${i}`).lastInsertRowid;
    const side = SIDES[i % 4];
    const c = claim.run(a, 10 + (i % 13) * 7, i % 3 ? "civilians_killed" : "sorties", (i % 4) + 1, side, i % 5 ? "us_coalition" : null,
      PERIODS[i % 6], PLACES[i % 5], `Sentence ${i} from ${side}.`, outlet, day).lastInsertRowid;
    mention.run(c, 5, 7);
    mention.run(c, 1, 3); // the first mention is the one that starts first
  }
  rebuildFacetCounts(db);
  rebuildSentenceIndex(db);
  db.close();
  process.env.DATABASE_URL = tmp.url;
  lib = { ...(await import("./compare-view")), ...(await import("./compare-claims")), ...(await import("./client")) };
}, 120_000);

afterAll(async () => {
  await lib?.prisma.$disconnect();
  tmp?.remove();
});

// The claims as the comparison read them before its slim SQL: every field, through Prisma.
async function fullClaims(where: object = {}): Promise<CompareClaim[]> {
  const select = { id: true, articleId: true, value: true, valueMax: true, qualifier: true, unit: true, metric: true, side: true, actorSide: true, period: true, location: true, date: true, sentence: true, claimant: { select: { name: true } }, outlet: { select: { name: true } }, article: { select: { title: true } }, mentions: { select: { id: true }, orderBy: { start: "asc" as const }, take: 1 } };
  const dated = await lib.prisma.claim.findMany({ where: { AND: [where, { date: { not: null } }] }, orderBy: [{ date: "desc" }, { id: "desc" }], select });
  const undated = await lib.prisma.claim.findMany({ where: { AND: [where, { date: null }] }, orderBy: { id: "desc" }, select });
  return [...dated, ...undated].map(({ article, mentions, claimant, outlet, ...r }) => ({ ...r, claimant: claimant?.name ?? null, outlet: outlet?.name ?? null, articleTitle: article.title, mentionId: mentions[0]?.id ?? null }));
}

describe("loadCompareView", () => {
  it("groups the same topics as the full claims, and hydrates exactly the page asked for", async () => {
    const c = parseCompareFilters(new URLSearchParams("metric=civilians_killed&all=1"));
    const expected = groupTopics(await fullClaims({ metric: "civilians_killed" }));
    const paged = await lib.loadCompareView(c, { page: 2 });
    const shape = (ts: typeof expected) => ts.map((t) => `${t.id}:${t.figures.map((f) => f.claim.id).join(",")}`).sort();
    expect(shape(paged.rows.map((r) => r.topic))).toEqual(shape(expected));
    expect(paged.pages).toBeGreaterThan(1);
    expect(paged.page).toBe(2);
    const shown = new Set(paged.pageRows.flatMap((r) => r.topic.figures.map((f) => f.claim.id)));
    const byId = new Map(expected.flatMap((t) => t.figures.map((f) => [f.claim.id, f.claim] as const)));
    for (const row of paged.rows) {
      for (const f of row.topic.figures) {
        const want = byId.get(f.claim.id)!;
        if (shown.has(f.claim.id)) expect(f.claim).toEqual(want);
        else expect(f.claim.sentence).toBe("");
      }
    }
    // An export (no page) hydrates every listed topic.
    const all = await lib.loadCompareView(c);
    expect(all.pageRows).toHaveLength(all.rows.length);
    expect(all.rows.every((r) => r.topic.figures.every((f) => f.claim.sentence === byId.get(f.claim.id)!.sentence))).toBe(true);
  });

  it("lists only topics holding a match under topic filters, with the matches marked", async () => {
    const view = await lib.loadCompareView(parseCompareFilters(new URLSearchParams("location=Aleppo&all=1")));
    expect(view.matched?.size).toBeGreaterThan(0);
    for (const row of view.rows) expect(row.topic.figures.some((f) => view.matched!.has(f.claim.id))).toBe(true);
    const matchedClaims = view.rows.flatMap((r) => r.topic.figures.filter((f) => view.matched!.has(f.claim.id)).map((f) => f.claim.location));
    expect(new Set(matchedClaims)).toEqual(new Set(["Aleppo"]));
  });

  it("offers claimants and places that have claims, from the rollup", async () => {
    const options = await lib.listCompareOptions();
    expect(options.claimants).toEqual(["CJTF-OIR", "Russian Defense Ministry", "SANA", "Syrian Observatory for Human Rights"]);
    expect(options.locations).toEqual(["Aleppo", "Homs", "Raqqa", "Syria"]);
    expect(options.outlets).toEqual(["Daily", "Ledger"]);
  });
});
