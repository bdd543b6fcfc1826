import { describe, expect, it } from "vitest";
import { claims } from "./test-helpers";

describe("an estimate after a count of something else", () => {
  it("does not take the metric of a toll two figures back", () => {
    const text = "The administration said 48 people were killed in those strikes. A local council told me that two million people had lost power that week. I suspect it is an exaggeration; my own estimate is closer to one million.";
    expect(claims(text).find((c) => c.value === 1_000_000)?.metric ?? null).not.toBe("people_killed");
  });
});
