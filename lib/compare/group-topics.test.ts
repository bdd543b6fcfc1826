import { describe, expect, it } from "vitest";
import { groupTopics } from "./group-topics";
import { d, makeClaim } from "./test-claims";

const ids = (topics: ReturnType<typeof groupTopics>) => topics.map((t) => t.figures.map((f) => f.claim.id).sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);

describe("groupTopics", () => {
  it("puts the same metric, actor, place and month into one topic across sides", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, side: "monitor", location: "Raqqa", date: d("2017-06-10") }),
      makeClaim({ id: 2, side: "us_coalition", location: "Raqqa", date: d("2017-06-20") }),
    ]);
    expect(ids(topics)).toEqual([[1, 2]]);
    expect(topics[0].place).toBe("Raqqa");
  });

  it("never merges a figure with no actor into a known actor's topic", () => {
    const topics = groupTopics([makeClaim({ id: 1, actorSide: null }), makeClaim({ id: 2, actorSide: "russia" })]);
    expect(ids(topics)).toEqual([[1], [2]]);
  });

  it("keeps figures of the catch-all metric apart unless they count the same thing", () => {
    const other = (id: number, side: string, unit: string) => makeClaim({ id, side, unit, metric: "other", actorSide: null, date: d("2025-07-01") });
    const topics = groupTopics([
      other(1, "us_coalition", "precision-guided weapons"),
      other(2, "monitor", "members of the government's security forces"),
      other(3, "un", "trucks"),
      other(4, "media", "aid trucks"),
      other(5, "monitor", "trucks"),
      other(6, "un", ""),
      other(7, "media", ""),
    ]);
    expect(ids(topics)).toEqual([[1], [2], [3, 4, 5], [6], [7]]);
    expect(topics.find((t) => t.figures.length === 3)?.counted).toBe("trucks");
    // other metrics keep no counted noun, whatever their units
    expect(groupTopics([makeClaim({ id: 8, unit: "civilians" }), makeClaim({ id: 9, unit: "people" })]).map((t) => t.counted)).toEqual([undefined]);
  });

  it("lets a figure with no place join a placed topic only from an article already in it", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, articleId: 1, location: "Sinjar", side: "un", date: d("2024-08-03") }),
      makeClaim({ id: 2, articleId: 1, location: null, side: "other", date: d("2024-08-03") }),
      makeClaim({ id: 3, articleId: 2, location: null, side: "other", date: d("2024-08-01") }),
      makeClaim({ id: 4, articleId: 3, location: null, side: "monitor", date: d("2024-08-02") }),
    ]);
    expect(ids(topics)).toEqual([[1, 2], [3, 4]]);
    // with no place and no actor, figures of different articles share nothing but a date
    const loose = groupTopics([
      makeClaim({ id: 5, articleId: 4, location: null, actorSide: null, side: "un", date: d("2022-01-27") }),
      makeClaim({ id: 6, articleId: 5, location: null, actorSide: null, side: "us_coalition", date: d("2022-02-03") }),
      makeClaim({ id: 7, articleId: 5, location: null, actorSide: null, side: "monitor", date: d("2022-02-03") }),
    ]);
    expect(ids(loose)).toEqual([[5], [6, 7]]);
  });

  it("keeps different metrics and different cities apart", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, location: "Raqqa" }),
      makeClaim({ id: 2, location: "Mosul" }),
      makeClaim({ id: 3, location: "Raqqa", metric: "people_injured" }),
    ]);
    expect(ids(topics)).toEqual([[1], [2], [3]]);
  });

  it("lets a figure with no place (or only a country) join the city topic it fits", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, location: "Raqqa", date: d("2017-06-10") }),
      makeClaim({ id: 2, location: null, side: "media", date: d("2017-06-12") }),
      makeClaim({ id: 3, location: "Syria", side: "un", date: d("2017-06-14") }),
      makeClaim({ id: 4, location: "Iraq", side: "un", date: d("2017-06-14") }),
    ]);
    expect(ids(topics)).toEqual([[1, 2, 3], [4]]);
  });

  it("splits short-span figures more than 30 days apart", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, period: "day", date: d("2017-01-01") }),
      makeClaim({ id: 2, period: "day", date: d("2017-01-25") }),
      makeClaim({ id: 3, period: "day", date: d("2017-04-01") }),
    ]);
    expect(ids(topics)).toEqual([[1, 2], [3]]);
  });

  it("keeps a cumulative total in the topic it covers, flagged as cumulative", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, side: "monitor", period: "week", location: "Raqqa", date: d("2017-08-20") }),
      makeClaim({ id: 2, side: "us_coalition", period: "since:2014", location: "Syria", date: d("2017-08-25") }),
    ]);
    expect(ids(topics)).toEqual([[1, 2]]);
    expect(topics[0].figures.find((f) => f.claim.id === 2)?.span.kind).toBe("cumulative");
  });

  it("does not attach a cumulative figure reported long after the incident", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, period: "day", date: d("2015-10-01") }),
      makeClaim({ id: 2, side: "us_coalition", period: "since:2014", date: d("2017-08-25") }),
    ]);
    expect(ids(topics)).toEqual([[1], [2]]);
  });

  it("groups undated figures only with undated ones", () => {
    const topics = groupTopics([makeClaim({ id: 1 }), makeClaim({ id: 2, side: "un" }), makeClaim({ id: 3, date: d("2017-01-01") })]);
    expect(ids(topics)).toEqual([[1, 2], [3]]);
    expect(topics.find((t) => t.figures.length === 2)?.from).toBeNull();
  });

  it("groups undated figures only within their own article, where nothing else places them in time", () => {
    const topics = groupTopics([
      makeClaim({ id: 1, articleId: 7, side: "monitor" }),
      makeClaim({ id: 2, articleId: 7, side: "us_coalition" }),
      makeClaim({ id: 3, articleId: 8, side: "russia" }),
      makeClaim({ id: 4, articleId: 8, side: "monitor", date: d("2017-01-01") }),
      makeClaim({ id: 5, articleId: 9, side: "un", date: d("2017-01-03") }),
    ]);
    expect(ids(topics)).toEqual([[1, 2], [3], [4, 5]]);
  });

  it("gives stable ids and groups 5,000 claims quickly", () => {
    const claims = Array.from({ length: 5000 }, (_, i) =>
      makeClaim({ id: i + 1, side: ["russia", "monitor", "us_coalition"][i % 3], metric: ["strikes", "civilians_killed"][i % 2], location: ["Raqqa", "Idlib", null][i % 3], date: new Date(Date.UTC(2015, 0, 1) + (i % 900) * 86_400_000) }),
    );
    const t0 = performance.now();
    const topics = groupTopics(claims);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(topics.reduce((n, t) => n + t.figures.length, 0)).toBe(5000);
    expect(groupTopics(claims).map((t) => t.id)).toEqual(topics.map((t) => t.id));
  });
});
