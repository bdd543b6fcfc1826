import { describe, expect, it } from "vitest";
import { claims } from "./test-helpers";

describe("a part or a same-period figure takes the span of the figure before it", () => {
  it("carries the span to '42 of the dead' and 'over the same period' in the next sentences", () => {
    const text = "The Syrian Observatory for Human Rights said air strikes had killed 173 civilians in Raqqa since June 6. The Britain-based monitor said 42 of the dead were children. It said a further 26 civilians had been killed by shelling over the same period.";
    const cs = claims(text, new Date("2017-06-28T00:00:00Z"));
    expect(cs.map((c) => [c.value, c.period])).toEqual([[173, "since:2017-06-06"], [42, "since:2017-06-06"], [26, "since:2017-06-06"]]);
  });
  it("carries nothing to a figure that does not point back", () => {
    const text = "The monitor said air strikes had killed 173 civilians in Raqqa since June 6. Separately, the UN said 40 people fled Idlib.";
    const cs = claims(text, new Date("2017-06-28T00:00:00Z"));
    expect(cs.find((c) => c.value === 40)?.period).toBeNull();
  });
});
