import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";

// Metric readings added in the seventh session's metric tuning, one case per rule.
describe("metric readings of general phrasing", () => {
  it("reads the whole a share is taken of as a base also when an owner names it", () => {
    const text = "The United Nations said around a third of the city's 70,000 residents had fled in the days before it fell.";
    expect(one(text, 70000).metric).toBe("other");
    expect(one(text, 0.3333).metric).toBe("people_displaced");
  });
});
