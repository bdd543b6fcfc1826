import { describe, expect, it } from "vitest";
import { describeCompareForFileName, parseCompareFilters, serializeCompareFilters } from "./compare-filters";

describe("compare filters", () => {
  it("reads ordered side columns, dropping unknown and repeated sides", () => {
    const c = parseCompareFilters(new URLSearchParams("col=monitor&col=russia&col=evil&col=monitor&metric=civilians_killed"));
    expect(c.col).toEqual(["monitor", "russia"]);
    expect(c.filters.metric).toEqual(["civilians_killed"]);
    expect(c.all).toBe(false);
    expect(c.order).toBe("recent");
  });

  it("round-trips through the URL", () => {
    const c = parseCompareFilters({ col: ["un", "russia"], all: "1", order: "spread", side: "monitor", page: "2" });
    const again = parseCompareFilters(new URLSearchParams(serializeCompareFilters(c).slice(1)));
    expect(again).toEqual(c);
  });

  it("names the file after what was filtered", () => {
    const c = parseCompareFilters({ side: "russia", col: ["russia", "monitor"] });
    expect(describeCompareForFileName(c)).toBe("compare_side-russia_col-russia+monitor");
  });
});
