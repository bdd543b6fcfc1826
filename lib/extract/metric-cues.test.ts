import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";

// Metric cues added in session 6 from the classified misses of the tuning sets.
describe("metric cues: hospital counts", () => {
  it("counts people who were treated for something as injured, not patients a clinic treated", () => {
    expect(one("The Pentagon said that 11 service members were treated for concussion symptoms after the attack.", 11).metric).toBe("people_injured");
    expect(one("Two medical officials told the Monitor that six guards had been treated there for shrapnel wounds.", 6).metric).toBe("people_injured");
    // (a clinic's own tally of patients it treated is a count of its work)
    expect(one("The Kurdish Red Crescent said its doctors treated 310 patients in the past week, most for exhaustion.", 310).metric).toBe("other");
  });
});
