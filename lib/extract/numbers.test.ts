import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";
import { findQuantities } from "./numbers";
import { claims, one } from "./test-helpers";

const q = (s: string) => findQuantities(tokenize(s, 0)).map(({ value, valueMax, qualifier, kind }) => ({ value, valueMax, qualifier, kind }));

describe("number forms", () => {
  it("reads digits with and without separators, decimals and scale words", () => {
    expect(q("80,414 people")[0].value).toBe(80414);
    expect(q("400000 people")[0].value).toBe(400000);
    expect(q("3.6 million Syrian refugees")[0].value).toBe(3600000);
    expect(q("1.5 million")[0].value).toBe(1500000);
    // scaled decimals carry no binary noise (4.1 * 1e6 is 4099999.9999999995 in doubles)
    expect(["4.1 million", "2.3 million", "0.7 million", "1.1bn", "4.1m", "2.3k"].map((t) => q(t)[0].value)).toEqual([4100000, 2300000, 700000, 1100000000, 4100000, 2300]);
  });
  it("reads number words", () => {
    expect(q("Six hundred and fifty nine civilians")[0].value).toBe(659);
    expect(q("two hundred people")[0].value).toBe(200);
    expect(q("twenty-one strikes")[0].value).toBe(21);
    expect(q("a dozen observation posts")[0]).toMatchObject({ value: 12, qualifier: "approx" });
  });
  it("reads ranges", () => {
    expect(q("60 to 70 flights")[0]).toMatchObject({ value: 60, valueMax: 70 });
    expect(q("between 10,000 and 12,000 militants")[0]).toMatchObject({ value: 10000, valueMax: 12000 });
    expect(q("60-70 flights")[0]).toMatchObject({ value: 60, valueMax: 70 });
    expect(q("from 15 to 20 sorties")[0]).toMatchObject({ value: 15, valueMax: 20 });
  });
  it("reads qualifiers", () => {
    expect(q("at least 86 people")[0].qualifier).toBe("at_least");
    expect(q("more than 400 were injured")[0].qualifier).toBe("at_least");
    expect(q("up to 25,000 civilians")[0].qualifier).toBe("at_most");
    expect(q("an estimated 800 militants")[0].qualifier).toBe("approx");
    expect(q("nearly 950,000 people")[0].qualifier).toBe("approx");
    expect(q("1,000+ fighters")[0].qualifier).toBe("at_least");
  });
  it("reads vague amounts by the ACLED convention", () => {
    expect(q("dozens of people")[0]).toMatchObject({ value: 12, qualifier: "vague" });
    expect(q("several dozen citizens")[0]).toMatchObject({ value: 12, qualifier: "vague" });
    expect(q("hundreds of patients")[0]).toMatchObject({ value: 100, qualifier: "vague" });
    expect(q("tens of thousands of people")[0]).toMatchObject({ value: 10000, qualifier: "vague" });
  });
  it("reads fractions and percentages", () => {
    expect(q("about a third of the country")[0]).toMatchObject({ value: 0.3333, qualifier: "approx", kind: "fraction" });
    expect(q("barely two-fifths of the salvo")[0]).toMatchObject({ value: 0.4, kind: "fraction" });
    expect(q("half of Kobani")[0].value).toBe(0.5);
    expect(q("83 percent of Eastern Ghouta")[0]).toMatchObject({ value: 83, kind: "percent" });
    expect(q("a third corridor")).toEqual([]);
  });
  it("keeps the figure as written in start/end", () => {
    const text = "Russian jets are making 60 to 70 flights a day, Rudskoi said.";
    const c = one(text, 60);
    expect(text.slice(c.start, c.end)).toBe("60 to 70");
  });
  it("reads 'one in three' as a share", () => {
    expect(claims("The UN says one in three children in the camp is malnourished.")[0].value).toBe(0.3333);
    expect(claims("Save the Children said 1 in 5 children had lost a parent.")[0]).toMatchObject({ value: 0.2, metric: "other" });
  });
  it("reads the whole a share is taken of as a base, not the share's event", () => {
    const cs = claims("The UN said at least half of the 3 million people in Idlib had been displaced at least once.");
    expect(cs.find((c) => c.value === 0.5)?.metric).toBe("people_displaced");
    expect(cs.find((c) => c.value === 3000000)?.metric).toBe("other");
  });
  it("reads 'a quarter of a million' as a number and 'estimates of the dead range from'", () => {
    expect(claims("The UN said a quarter of a million people had fled.").map((c) => c.value)).toEqual([250000]);
    expect(claims("The UN said three-quarters of a million people were displaced.").map((c) => c.value)).toEqual([750000]);
    expect(one("Estimates of the dead range from 200 to 1,000, the monitor said.", 200)).toMatchObject({ valueMax: 1000, metric: "people_killed" });
  });
  it("reads 'rose from 11 to 34' as a change between two figures, not a range", () => {
    const qs = findQuantities(tokenize("The count rose from 11 to 34, while from 15 to 20 people fled.", 0));
    expect(qs.map((q) => [q.value, q.valueMax])).toEqual([[11, null], [34, null], [15, 20]]);
  });
  it("reads 'five or six', '20 or 30' and 'two or three hundred' as an estimated range, a scale word after the second shared", () => {
    const r = (s: string) => findQuantities(tokenize(s, 0)).map((x) => [x.value, x.valueMax, x.qualifier]);
    expect(r("a group of five or six men")).toEqual([[5, 6, "approx"]]);
    expect(r("maybe 40 or 50 families")).toEqual([[40, 50, "approx"]]);
    expect(r("a resident put it at five or six thousand")).toEqual([[5000, 6000, "approx"]]);
    expect(r("two or three hundred people fled")).toEqual([[200, 300, "approx"]]);
    expect(r("We have seen 5,000 or 6,000 people a day")).toEqual([[5000, 6000, "approx"]]);
    // two years, a repetition to a larger number, and a count followed by no number are no range
    expect(r("in 2015 or 2016")).toEqual([[2015, null, "exact"], [2016, null, "exact"]]);
    expect(r("12 or more")).toEqual([[12, null, "exact"]]);
    expect(r("5 or 500")).toEqual([[5, null, "exact"], [500, null, "exact"]]);
  });
  it("reads an ordinal of strikes as their count, but not an ordinal that names a unit", () => {
    const c = claims("By our count, this was the 34th Israeli strike in Syria this year. The 4th Division moved north.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[34, "strikes"]]);
  });
});
