import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";

// The parts of a toll, listed after a colon or "including", died too: each is read with the toll's event.
describe("breakdowns of a toll", () => {
  it("reads the parts after a colon as tolls of their own kind", () => {
    const text = "The monitor has counted 212 deaths since Monday: 96 soldiers and allied militiamen, 81 jihadists and 35 civilians.";
    expect(one(text, 96).metric).toBe("people_killed");
    expect(one(text, 81).metric).toBe("militants_killed");
    expect(one(text, 35).metric).toBe("civilians_killed");
    expect(one("The agency said 12 people had been killed: the five soldiers, four Syrians and three others.", 5).metric).toBe("soldiers_killed");
  });
  it("reads 'including' and 'the figure included' after a toll as part of it", () => {
    expect(one("The Syrian Observatory for Human Rights put the death toll at 31, including 9 children.", 9).metric).toBe("civilians_killed");
    expect(one("The Observatory counted 2,400 civilian deaths. Its director said the civilian figure included 640 children.", 640).metric).toBe("civilians_killed");
  });
});

describe("members of armed groups and the Guards", () => {
  it("reads Hezbollah and al-Qaeda members as fighters, and IRGC members as soldiers", () => {
    expect(one("The monitor put the toll at nine: six Hezbollah members and three Syrian soldiers.", 6).metric).toBe("militants_killed");
    expect(one("The strike killed 11 al-Qaeda members, the Pentagon said.", 11).metric).toBe("militants_killed");
    expect(one("Iranian state media said 4 IRGC members were killed in the strike.", 4).metric).toBe("soldiers_killed");
  });
});

describe("a state's citizens", () => {
  it("reads 'our citizens' killed as civilians, not the state's men", () => {
    expect(one("\"The attack killed four of our citizens,\" the Turkish defence ministry said.", 4).metric).toBe("civilians_killed");
    expect(one("\"We lost four of our soldiers,\" the Turkish defence ministry said.", 4).metric).toBe("soldiers_killed");
  });
});

describe("a part of a toll of one kind", () => {
  it("reads 'N of the dead' after a civilian toll as civilians", () => {
    expect(one("The monitor said 120 civilians had been killed in the raids. It has been able to name 87 of the dead.", 87).metric).toBe("civilians_killed");
  });
});
