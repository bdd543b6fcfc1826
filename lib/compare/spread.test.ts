import { describe, expect, it } from "vitest";
import { groupTopics } from "./group-topics";
import { computeSpread, formatRatio } from "./spread";
import { d, makeClaim } from "./test-claims";
import type { CompareClaim } from "./types";

const figuresOf = (claims: CompareClaim[]) => groupTopics(claims)[0].figures;

describe("computeSpread", () => {
  it("reads a running total since a month ('since:2015-09') as cumulative, never as an incident", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, value: 7, date: d("2015-10-20") }),
      makeClaim({ id: 2, side: "media", value: 1400, period: "since:2015-09", date: d("2015-10-21") }),
      makeClaim({ id: 3, side: "un", value: 9, date: d("2015-10-20") }),
    ]));
    expect(s.perIncident?.claimIds.sort()).toEqual([1, 3]);
    expect(s.notComparable.get(2)).toBe("cumulative since Sept 2015: not comparable with per-incident figures");
  });
  it("never compares a year's toll with one incident's", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, value: 7, date: d("2011-12-29") }),
      makeClaim({ id: 2, side: "media", value: 15000, period: "between:2011-01-01/2011-12-31", date: d("2021-03-19") }),
      makeClaim({ id: 3, side: "un", value: 9, date: d("2011-12-30") }),
    ]));
    expect(s.perIncident?.claimIds.sort()).toEqual([1, 3]);
    expect(s.notComparable.get(2)).toMatch(/^cumulative 1 Jan 2011 – 31 Dec 2011: not comparable/);
  });

  it("gives ratio and range across sides for comparable figures", () => {
    const s = computeSpread(figuresOf([makeClaim({ id: 1, value: 7 }), makeClaim({ id: 2, side: "media", value: 27 })]));
    expect(s.perIncident?.ratio).toBeCloseTo(27 / 7);
    expect(s.perIncident?.range).toBe(20);
    expect(formatRatio(s.perIncident?.ratio ?? null)).toBe("×3.9 apart");
  });

  it("uses a range's upper end and needs two sides", () => {
    expect(computeSpread(figuresOf([makeClaim({ id: 1, value: 60, valueMax: 70 })])).perIncident).toBeNull();
    const s = computeSpread(figuresOf([makeClaim({ id: 1, value: 60, valueMax: 70 }), makeClaim({ id: 2, side: "un", value: 35 })]));
    expect(s.perIncident?.max).toBe(70);
    expect(s.perIncident?.ratio).toBe(2);
  });

  it("keeps cumulative totals out of the per-incident ratio and says why", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, period: "week", value: 125, date: d("2017-08-20") }),
      makeClaim({ id: 2, side: "media", period: "week", value: 100, date: d("2017-08-21") }),
      makeClaim({ id: 3, side: "us_coalition", period: "since:2014", value: 624, date: d("2017-08-25") }),
    ]));
    expect(s.perIncident?.claimIds.sort()).toEqual([1, 2]);
    expect(s.notComparable.get(3)).toMatch(/cumulative since 2014/);
    expect(s.cumulative).toBeNull();
  });

  it("does not compare a day's figure with a week's", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, period: "day", value: 10, date: d("2017-08-20") }),
      makeClaim({ id: 2, side: "un", period: "day", value: 20, date: d("2017-08-20") }),
      makeClaim({ id: 3, side: "media", period: "week", value: 300, date: d("2017-08-21") }),
    ]));
    expect(s.perIncident?.basis).toBe("a day");
    expect(s.perIncident?.ratio).toBe(2);
    expect(s.notComparable.get(3)).toBe("covers a week, not a day");
  });

  it("never compares a percentage with a count", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, value: 40, unit: "percent" }),
      makeClaim({ id: 2, side: "un", value: 400 }),
      makeClaim({ id: 3, side: "media", value: 500 }),
    ]));
    expect(s.perIncident?.scale).toBe("count");
    expect(s.notComparable.get(1)).toBe("a percent, not a count");
  });

  it("formats ratios", () => {
    expect(formatRatio(1)).toBe("agree");
    expect(formatRatio(42.4)).toBe("×42 apart");
    expect(formatRatio(null)).toBe("one figure is zero");
  });
});

describe("computeSpread between sides", () => {
  it("measures the widest gap between two sides, not within one side", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, value: 7 }),
      makeClaim({ id: 2, value: 125, period: "week" }),
      makeClaim({ id: 3, side: "media", value: 27 }),
    ]));
    expect(s.perIncident?.ratio).toBeCloseTo(125 / 27);
    expect([s.perIncident?.min, s.perIncident?.max]).toEqual([27, 125]);
  });

  it("reads each side by its headline figure, so a side's sub-group figures do not widen the gap", () => {
    const s = computeSpread(figuresOf([
      makeClaim({ id: 1, side: "rebels", value: 3500 }),
      makeClaim({ id: 2, side: "rebels", value: 2 }),
      makeClaim({ id: 3, side: "media", value: 1500 }),
    ]));
    expect(s.perIncident?.ratio).toBeCloseTo(3500 / 1500);
    expect([s.perIncident?.min, s.perIncident?.max]).toEqual([1500, 3500]);
  });

  it("reports agreement as ×1", () => {
    const s = computeSpread(figuresOf([makeClaim({ id: 1, value: 40 }), makeClaim({ id: 2, side: "un", value: 40 })]));
    expect(s.perIncident?.ratio).toBe(1);
    expect(s.perIncident?.range).toBe(0);
  });
});
