import { describe, expect, it } from "vitest";
import { buildDotPlot } from "./dot-plot";
import { groupTopics } from "./group-topics";
import { d, makeClaim } from "./test-claims";

describe("buildDotPlot", () => {
  it("puts each side in its own lane and cumulative totals in a marked lane, on a log axis when spread wide", () => {
    const [topic] = groupTopics([
      makeClaim({ id: 1, side: "monitor", value: 7, period: "week", date: d("2017-08-20") }),
      makeClaim({ id: 2, side: "us_coalition", value: 624, period: "since:2014", date: d("2017-08-25") }),
      makeClaim({ id: 3, side: "us_coalition", value: 20, valueMax: 30, date: d("2017-08-22") }),
    ]);
    const plot = buildDotPlot(topic.figures, ["us_coalition", "monitor"], "count");
    expect(plot?.log).toBe(true);
    expect(plot?.lanes.map((l) => l.label)).toEqual(["US", "US cum.", "MO"]);
    const cum = plot?.lanes[1].dots[0];
    expect(cum?.cumulative).toBe(true);
    expect(cum?.title).toMatch(/cumulative since 2014/);
    expect(plot?.lanes[0].dots[0].x2).not.toBeNull();
    expect(plot?.lanes[2].dots[0].x).toBeCloseTo(plot?.plotLeft ?? 0);
  });

  it("uses a linear axis when figures are close and leaves out other scales", () => {
    const [topic] = groupTopics([makeClaim({ id: 1, value: 10 }), makeClaim({ id: 2, side: "un", value: 12 }), makeClaim({ id: 3, side: "un", value: 40, unit: "percent" })]);
    const plot = buildDotPlot(topic.figures, ["monitor", "un"], "count");
    expect(plot?.log).toBe(false);
    expect(plot?.omitted).toBe(1);
  });
});
