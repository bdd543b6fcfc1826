import { describe, expect, it } from "vitest";
import { claims } from "./test-helpers";

describe("units", () => {
  it("keeps a percentage a percentage in its unit, which the pages and the comparison read", () => {
    const cs = claims("Aid workers say about 90 percent of the city's residents have now left. The ministry said 86 percent of the missiles were intercepted.");
    expect(cs.map((c) => [c.value, c.unit])).toEqual([[90, "percent of city's residents"], [86, "percent of missiles"]]);
  });
});
