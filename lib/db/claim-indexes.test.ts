// The read structures added for page speed, against a real migrated SQLite file: the facet
// rollup and the sentence FTS index stay exact under inserts (counted and indexed by the
// inserter), updates and (cascaded) deletes;
// facets and totals read from the rollup equal counting the claims; the SQL keyset pages walk
// the same rows in the same order as the Prisma walk; the indexed search selects what LIKE does.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { SORT_KEYS, parseClaimFilters } from "@/lib/filters/claim-filters";
import { FacetCounter, rebuildFacetCounts, type CountedClaim } from "./facet-counts";
import { indexClaimSentences, lastClaimId, rebuildSentenceIndex } from "./sentence-index";

let tmp: TempDatabase;
let db: Database.Database;
let lib: typeof import("./claims") & typeof import("./claim-facets") & typeof import("./claim-rollup") & typeof import("./claim-where-sql") & typeof import("./claim-page-sql") & typeof import("./client");

const SIDES = ["russia", "monitor", "us_coalition", "media", "un"];
const DATES = ["2016-01-01T00:00:00.000+00:00", "2016-07-31T10:00:00.000+00:00", "2017-01-01T00:00:00.000+00:00", null, "2015-12-31T23:59:59.000+00:00"];
const PLACES = ["Aleppo", "Raqqa", null, "Homs"];

// The rollup rebuilt from the claims, as the migration's backfill does.
const EXPECTED_ROLLUP = `SELECT f AS facet, v AS value, side, metric, y AS year, count(*) AS n FROM (
  SELECT 'side' AS f, side AS v, side, metric, coalesce(substr(date, 1, 4), '') AS y FROM Claim
  UNION ALL SELECT 'metric', metric, side, metric, coalesce(substr(date, 1, 4), '') FROM Claim
  UNION ALL SELECT 'claimant', CAST(claimantId AS TEXT), side, metric, coalesce(substr(date, 1, 4), '') FROM Claim
  UNION ALL SELECT 'outlet', CAST(outletId AS TEXT), side, metric, coalesce(substr(date, 1, 4), '') FROM Claim
  UNION ALL SELECT 'location', location, side, metric, coalesce(substr(date, 1, 4), '') FROM Claim
  UNION ALL SELECT 'period', period, side, metric, coalesce(substr(date, 1, 4), '') FROM Claim
  UNION ALL SELECT 'year', substr(date, 1, 4), side, metric, coalesce(substr(date, 1, 4), '') FROM Claim
) WHERE v IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
const rollup = () => db.prepare("SELECT facet, value, side, metric, year, n FROM ClaimFacetCount ORDER BY 1, 2, 3, 4, 5").all();

beforeAll(async () => {
  tmp = createTempDatabase("test-claim-indexes");
  db = new Database(tmp.file);
  db.exec(`INSERT INTO Outlet(name) VALUES ('Ledger'), ('Daily'), ('Wire');
    INSERT INTO Claimant(name, side) VALUES ('Russian Defense Ministry', 'russia'), ('Syrian Observatory for Human Rights', 'monitor'), ('Aardvark Agency', 'media');`);
  const article = db.prepare("INSERT INTO Article(title, outletId, publishedAt, text, original, format, contentHash, source, extractorVersion) VALUES (?, ?, ?, 'text', 'text', 'text', ?, 'test', 't')");
  const claim = db.prepare(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, claimantId, side, period, location, sentence, start, "end", outletId, date)
    VALUES (?, ?, 'exact', 'x', ?, ?, ?, ?, ?, ?, 0, 2, ?, ?)`);
  for (let i = 0; i < 120; i++) {
    const outlet = i % 4 === 0 ? null : (i % 3) + 1;
    const date = DATES[i % DATES.length];
    const a = article.run(`Article ${i}`, outlet, date, `hash-${i}`).lastInsertRowid;
    claim.run(a, i % 9, ["sorties", "civilians_killed", "killed"][i % 3], i % 6 === 0 ? null : (i % 3) + 1, SIDES[i % 5], i % 4 ? "week" : null,
      PLACES[i % 4], `Near ${PLACES[i % 4] ?? "the front"}, ${i % 2 ? "the Monitor" : "a ministry"} counted ${i % 9} (100% sure_ish) — Élan.`, outlet, date);
  }
  rebuildFacetCounts(db);
  rebuildSentenceIndex(db);
  db.close();
  db = new Database(tmp.file);
  process.env.DATABASE_URL = tmp.url;
  lib = { ...(await import("./claims")), ...(await import("./claim-facets")), ...(await import("./claim-rollup")), ...(await import("./claim-where-sql")), ...(await import("./claim-page-sql")), ...(await import("./client")) };
}, 120_000);

afterAll(async () => {
  await lib?.prisma.$disconnect();
  db?.close();
  tmp?.remove();
});

describe("facet rollup", () => {
  it("is rebuilt from the claims, counted by the writer's counter on insert, and kept by triggers through updates and deletes", () => {
    expect(rollup()).toEqual(db.prepare(EXPECTED_ROLLUP).all());
    db.exec("BEGIN");
    // Claims inserted the way the ingest writer does: the counter adds them at the end.
    const counter = new FacetCounter(db);
    const lastId = lastClaimId(db);
    const rows = db.prepare("SELECT side, metric, claimantId, outletId, location, period, date FROM Claim WHERE id <= 40").all() as CountedClaim[];
    const insert = db.prepare(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, claimantId, side, period, location, sentence, start, "end", outletId, date)
      VALUES (1, 1, 'exact', 'x', ?, ?, ?, ?, ?, 's', 0, 1, ?, ?)`);
    for (const r of rows) {
      insert.run(r.metric, r.claimantId, r.side, r.period, r.location, r.outletId, r.date);
      counter.add(r);
    }
    counter.flush();
    indexClaimSentences(db, lastId);
    expect(rollup()).toEqual(db.prepare(EXPECTED_ROLLUP).all());
    db.prepare("UPDATE Claim SET side = 'un', location = NULL, date = '2019-03-01T00:00:00.000+00:00' WHERE id IN (3, 7, 11)").run();
    db.prepare("DELETE FROM Article WHERE id IN (1, 2, 5)").run(); // claims go by ON DELETE CASCADE
    expect(rollup()).toEqual(db.prepare(EXPECTED_ROLLUP).all());
    expect(db.prepare("SELECT count(*) AS n FROM ClaimFacetCount WHERE n <= 0").get()).toEqual({ n: 0 });
    // The sentence index, added by the inserter and kept by triggers, matches the claims.
    expect(() => db.exec(`INSERT INTO ClaimSentenceFts(ClaimSentenceFts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    db.exec("ROLLBACK");
  });

  it.each(["", "side=russia", "side=russia&side=monitor&metric=sorties", "from=2016-01-01&to=2016-12-31", "from=2016-01-01", "to=2016-12-31&metric=killed"])(
    "gives the exact facets and total of counting the claims for %j",
    async (query) => {
      const filters = parseClaimFilters(new URLSearchParams(query));
      expect(lib.rollupWhere(filters)).not.toBeNull();
      const where = lib.buildClaimWhereSql(filters);
      const counted = (db.prepare(`SELECT count(*) AS n FROM Claim c WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
      expect(await lib.countClaimsCapped(filters)).toEqual({ total: counted, capped: false });
      const facets = await lib.getClaimFacets(filters);
      expect(facets.atLeast).toEqual([]);
      // Side facet: all other filters, not its own.
      const noSide = lib.buildClaimWhereSql({ ...filters, side: [] });
      const bySide = db.prepare(`SELECT side AS value, count(*) AS count FROM Claim c WHERE ${noSide.sql} GROUP BY side ORDER BY count DESC, value`).all(...noSide.params);
      expect(facets.side).toEqual(bySide);
      const byPlace = db.prepare(`SELECT location AS value, count(*) AS count FROM Claim c WHERE ${where.sql} AND location IS NOT NULL GROUP BY location ORDER BY count DESC, value`).all(...where.params);
      expect(facets.location).toEqual(byPlace);
      const byClaimant = db.prepare(`SELECT cl.name AS value, count(*) AS count FROM Claim c JOIN Claimant cl ON cl.id = c.claimantId WHERE ${where.sql} GROUP BY cl.id ORDER BY count DESC, cl.id`).all(...where.params);
      expect(facets.claimant).toEqual(byClaimant);
      const byOutlet = db.prepare(`SELECT o.name AS value, count(*) AS count FROM Claim c JOIN Outlet o ON o.id = c.outletId WHERE ${where.sql} GROUP BY o.id ORDER BY count DESC, CAST(o.id AS TEXT)`).all(...where.params);
      expect(facets.outlet).toEqual(byOutlet);
    },
  );

  it("gives the home page's claim count and claims by side, as counting the claims does", async () => {
    const { getOverview } = await import("./articles");
    const overview = await getOverview();
    expect(overview.claims).toBe((db.prepare("SELECT count(*) AS n FROM Claim").get() as { n: number }).n);
    const bySide = db.prepare("SELECT side, count(*) AS count FROM Claim GROUP BY side ORDER BY count DESC, side").all();
    expect(overview.bySide).toEqual(bySide);
  });

  it("is not used where it cannot answer, and sampled facets say so only when sampled", async () => {
    for (const q of ["q=monitor", "location=Aleppo", "claimant=Aardvark%20Agency", "from=2016-02-01", "to=2016-06-30", "actor=russia", "article=3"]) {
      expect(lib.rollupWhere(parseClaimFilters(new URLSearchParams(q)))).toBeNull();
    }
    const facets = await lib.getClaimFacets(parseClaimFilters(new URLSearchParams("location=Aleppo")));
    expect(facets.sampled).toBe(false);
    expect(facets.location.map((l) => l.value).sort()).toEqual(["Aleppo", "Homs", "Raqqa"]);
    expect(facets.location.find((l) => l.value === "Aleppo")?.count).toBe(30);
  });
});

describe("sentence search", () => {
  // The documented meaning, written out plainly: the query's words appear in this order as whole
  // words, case and accents folded, the last one as a word start when it has 3+ letters.
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const wordsOf = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  function matches(sentence: string, q: string): boolean {
    const want = wordsOf(q);
    const have = wordsOf(sentence);
    const last = want[want.length - 1];
    const prefix = [...last].length >= 3 && !/^\p{N}+$/u.test(last);
    return have.some((_, i) => want.every((w, k) => (k === want.length - 1 && prefix ? have[i + k]?.startsWith(w) : have[i + k] === w)));
  }

  it.each(["monitor", "MONITOR", "Monit", "near aleppo", "Near Alep", "ministry counted", "counted 4", "élan", "ELAN", "sure", "sure_ish", "\"the monitor\"", "onitor", "mo", "ale"])(
    "selects the sentences that hold the words of %j",
    (q) => {
      const where = lib.buildClaimWhereSql(parseClaimFilters(new URLSearchParams({ q })));
      const viaIndex = (db.prepare(`SELECT id FROM Claim c WHERE ${where.sql} ORDER BY id`).all(...where.params) as Array<{ id: number }>).map((r) => r.id);
      const expected = (db.prepare("SELECT id, sentence FROM Claim ORDER BY id").all() as Array<{ id: number; sentence: string }>).filter((r) => matches(r.sentence, q)).map((r) => r.id);
      expect(viaIndex).toEqual(expected);
    },
  );

  it("finds word starts but not the inside of words, and leaves punctuation alone to LIKE", () => {
    expect(lib.ftsPhrase("Aleppo")).toBe('"Aleppo" *');
    expect(lib.ftsPhrase('say "no"')).toBe('"say no"');
    expect(lib.ftsPhrase("US")).toBe('"US"');
    expect(lib.ftsPhrase("1,500")).toBe('"1 500"');
    for (const q of ["%", "--", " ", undefined]) expect(lib.ftsPhrase(q)).toBeNull();
  });
});

describe("SQL keyset pages", () => {
  it.each(SORT_KEYS.flatMap((sort) => [`sort=${sort}&dir=asc`, `sort=${sort}&dir=desc`, `sort=${sort}&dir=desc&side=russia&side=un`, `sort=${sort}&q=monitor`]))(
    "walk the rows of the Prisma walk, in its order, for %j",
    async (query) => {
      const filters = parseClaimFilters(new URLSearchParams(query));
      const expected: number[] = [];
      for await (const batch of lib.iterateClaims(filters, { batchSize: 500 })) expected.push(...batch.map((r) => r.id));
      const walked: number[] = [];
      let page = await lib.listClaimPage(filters, {});
      walked.push(...page.rows.map((r) => r.id));
      while (page.nextAfter) {
        page = await lib.listClaimPage(filters, { after: page.nextAfter });
        walked.push(...page.rows.map((r) => r.id));
      }
      expect(walked).toEqual(expected);
      // And backwards from the last page.
      const back = await lib.listClaimPage(filters, { before: page.rows[0]?.id });
      if (page.prevBefore) expect(back.rows.map((r) => r.id)).toEqual(walked.slice(-page.rows.length - back.rows.length, -page.rows.length));
    },
  );

  it.each([3, 10, 40, 1000])("finds a broad search's newest page by walking the date index (span %i) as the sort would", async (walkSpan) => {
    const filters = parseClaimFilters(new URLSearchParams("q=the"));
    const sorted = await lib.pageIds(filters, "desc", null, 60);
    expect(sorted.length).toBeGreaterThan(10);
    expect(await lib.pageIds(filters, "desc", null, 60, { denseSearch: true, walkSpan })).toEqual(sorted);
    const pos = await lib.readPosition("date", sorted[7]);
    expect(await lib.pageIds(filters, "desc", pos, 20, { denseSearch: true, walkSpan })).toEqual(await lib.pageIds(filters, "desc", pos, 20));
  });

  it("walks side and value sorts by their index under coarse filters", () => {
    const plan = (query: string) => {
      const q = lib.segmentQuery(parseClaimFilters(new URLSearchParams(query)), "desc", "value", null, 51);
      return (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as Array<{ detail: string }>).map((r) => r.detail).join("\n");
    };
    expect(plan("")).toMatch(/Claim_date_idx/);
    expect(plan("side=russia")).toMatch(/Claim_side_date_idx/);
    expect(plan("from=2016-01-01&to=2016-12-31&sort=value")).toMatch(/Claim_value_idx/);
    expect(plan("")).not.toMatch(/TEMP B-TREE/);
  });
});
