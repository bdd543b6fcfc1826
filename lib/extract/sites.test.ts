import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";

// Civilian sites (schools, markets, mosques, bakeries): targets hit when the sentence has them hit or
// destroyed, otherwise a count of things.
describe("civilian sites", () => {
  it("counts schools and markets hit, damaged or destroyed as targets hit", () => {
    expect(one("The WHO said 31 schools had been damaged or destroyed since March.", 31).metric).toBe("targets_hit");
    expect(one("Rescuers said air strikes hit four markets in Ariha on Sunday.", 4).metric).toBe("targets_hit");
    expect(one("The monitor said 12 mosques were destroyed in the shelling.", 12).metric).toBe("targets_hit");
  });
  it("keeps schools that nothing was done to as a count of things", () => {
    expect(one("UNICEF said 1,900 schools had suspended classes.", 1900).metric).toBe("other");
  });
});

describe("gatherings", () => {
  it("reads people gathered for an event as a count of things, and people gathered at a border as displaced", () => {
    expect(one("Witnesses said about 200 people had gathered for Friday prayers when the mosque was hit.", 200).metric).toBe("other");
    expect(one("UNHCR said about 40,000 people had gathered near the border crossing after fleeing the shelling.", 40000).metric).toBe("people_displaced");
  });
});

describe("places counted", () => {
  it("reads villages and towns as territory only where ground changes hands", () => {
    expect(one("The Russian Centre for Reconciliation said 24 towns and villages had signed up to agreements in the past week.", 24).metric).toBe("other");
    expect(one("The army said its units had retaken 24 villages north of Hama.", 24).metric).toBe("territory");
    expect(one("The Popular Mobilisation Forces say their units have cleared 17 villages west of Hawija.", 17).metric).toBe("territory");
    expect(one("The Turkish General Staff says some 1,500 square kilometres were cleared.", 1500).metric).toBe("territory");
  });
});

describe("a weapon word that qualifies another noun", () => {
  it("counts the noun after a singular weapon word, not aircraft", () => {
    expect(one("The Kurdish administration reported 120 Turkish drone and air strikes in Hasakah.", 120).metric).toBe("strikes");
    expect(one("The ministry said 3 helicopter squadrons would return to Russia.", 3).metric).not.toBe("aircraft");
    expect(one("The army said it shot down 4 drones over Idlib.", 4).metric).toBe("aircraft");
  });
});
