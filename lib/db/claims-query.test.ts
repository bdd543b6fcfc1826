// The explorer's queries against a real migrated SQLite file: the SQL filter used for counts
// and facets selects exactly the rows of the Prisma filter used for pages and exports, and
// keyset batches in every sort walk the whole set once, NULLs included.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";
import { rebuildFacetCounts } from "./facet-counts";
import { rebuildSentenceIndex } from "./sentence-index";
import { SORT_KEYS, parseClaimFilters } from "@/lib/filters/claim-filters";

let tmp: TempDatabase;
let lib: typeof import("./claims") & typeof import("./claim-where") & typeof import("./claim-where-sql") & typeof import("./claim-facets") & typeof import("./client");

const SIDES = ["russia", "monitor", "us_coalition", "media"];
const DATES = ["2016-01-01T00:00:00.000+00:00", "2016-12-31T00:00:00.000+00:00", "2017-01-01T00:00:00.000+00:00", null];

beforeAll(async () => {
  tmp = createTempDatabase("test-claims-query");
  const db = new Database(tmp.file);
  db.exec(`INSERT INTO Outlet(name) VALUES ('Ledger'), ('Daily');
    INSERT INTO Claimant(name, side) VALUES ('Russian Defense Ministry', 'russia'), ('Syrian Observatory for Human Rights', 'monitor');`);
  const article = db.prepare("INSERT INTO Article(title, outletId, publishedAt, text, original, format, contentHash, source, extractorVersion) VALUES (?, ?, ?, 'text', 'text', 'text', ?, 'test', 't')");
  const claim = db.prepare(`INSERT INTO Claim(articleId, value, qualifier, unit, metric, claimantId, side, period, location, sentence, start, "end", outletId, date)
    VALUES (?, ?, 'exact', 'targets', ?, ?, ?, ?, ?, ?, 0, 2, ?, ?)`);
  for (let i = 0; i < 60; i++) {
    const outlet = i % 3 === 0 ? null : (i % 3);
    const date = DATES[i % DATES.length];
    const a = article.run(`Article ${i}`, outlet, date, `hash-${i}`).lastInsertRowid;
    // Repeated values make ties, so the id tiebreak is exercised.
    claim.run(a, i % 7, i % 2 ? "civilians_killed" : "sorties", i % 5 === 0 ? null : (i % 2) + 1, SIDES[i % 4], i % 3 ? "week" : null,
      i % 4 ? "Raqqa" : null, `The ${i % 2 ? "MONITOR" : "ministry"} said ${i % 7} targets near raqqa.`, outlet, date);
  }
  rebuildFacetCounts(db);
  rebuildSentenceIndex(db);
  db.close();
  process.env.DATABASE_URL = tmp.url;
  lib = { ...(await import("./claims")), ...(await import("./claim-where")), ...(await import("./claim-where-sql")), ...(await import("./claim-facets")), ...(await import("./client")) };
}, 120_000);

afterAll(async () => {
  await lib?.prisma.$disconnect();
  tmp?.remove();
});

const QUERIES = [
  "", "side=russia&side=monitor", "claimant=Russian%20Defense%20Ministry", "outlet=Ledger", "metric=sorties&location=Raqqa",
  "period=week", "q=monitor", "q=RAQQA", "from=2016-01-01&to=2016-12-31", "from=2017-01-01", "to=2016-01-01", "article=3&article=4",
];

describe("claim queries", () => {
  it.each(QUERIES)("SQL and Prisma filters select the same rows for %j", async (query) => {
    const filters = parseClaimFilters(new URLSearchParams(query));
    const viaPrisma = (await lib.prisma.claim.findMany({ where: await lib.resolveClaimWhere(filters), select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
    const where = lib.buildClaimWhereSql(filters);
    const viaSql = (await lib.prisma.$queryRawUnsafe<Array<{ id: number }>>(`SELECT c.id AS id FROM Claim c WHERE ${where.sql} ORDER BY c.id`, ...where.params)).map((r) => Number(r.id));
    expect(viaSql).toEqual(viaPrisma);
    expect((await lib.countClaimsCapped(filters)).total).toBe(viaPrisma.length);
  });

  it.each(SORT_KEYS.flatMap((sort) => [`${sort}-asc`, `${sort}-desc`]))("keyset batches in %s cover every row once, in order", async (key) => {
    const [sort, dir] = key.split("-");
    const filters = parseClaimFilters({ sort, dir });
    const expected = (await lib.prisma.claim.findMany({ orderBy: lib.orderFor(filters.sort, filters.dir), select: { id: true } })).map((r) => r.id);
    const walked: number[] = [];
    for await (const batch of lib.iterateClaims(filters, { batchSize: 7 })) walked.push(...batch.map((r) => r.id));
    expect(walked).toEqual(expected);
    // Paging forward and then back returns the same page.
    const first = await lib.listClaimPage(filters, {});
    const second = await lib.listClaimPage(filters, { after: first.nextAfter ?? undefined });
    const back = await lib.listClaimPage(filters, { before: second.prevBefore ?? undefined });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });

  it("facets count each value and leave out their own selection", async () => {
    const facets = await lib.getClaimFacets(parseClaimFilters({ side: "russia" }));
    expect(facets.side.map((s) => s.value).sort()).toEqual([...SIDES].sort());
    expect(facets.side.find((s) => s.value === "russia")?.count).toBe(15);
    expect(facets.year).toEqual([{ value: "2016", count: 15 }]);
    expect(facets.sampled).toBe(false);
  });
});

describe("export query", () => {
  it.each([...SORT_KEYS.flatMap((sort) => [`sort=${sort}&dir=asc`, `sort=${sort}&dir=desc`]), ...QUERIES.slice(1)])(
    "streams the same rows in the same order as the page's keyset walk for %j",
    async (query) => {
      const filters = parseClaimFilters(new URLSearchParams(query));
      const { iterateClaimsForExport } = await import("./claims-export-sql");
      const viaPage: Array<[number, string | null, number | null]> = [];
      for await (const batch of lib.iterateClaims(filters, { batchSize: 7 })) viaPage.push(...batch.map((r) => [r.id, r.claimant?.name ?? null, r.mentions[0]?.id ?? null] as [number, string | null, number | null]));
      const viaExport: Array<[number, string | null, number | null]> = [];
      for await (const batch of iterateClaimsForExport(filters, { batchSize: 11 })) viaExport.push(...batch.map((r) => [r.id, r.claimant?.name ?? null, r.mentions[0]?.id ?? null] as [number, string | null, number | null]));
      expect(viaExport).toEqual(viaPage);
      expect(viaExport.length).toBeGreaterThan(0);
    },
  );
});
