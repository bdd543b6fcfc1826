import { describe, expect, it } from "vitest";
import { claims, one } from "./test-helpers";

describe("predictions and conditions", () => {
  it("does not extract what has not happened", () => {
    expect(claims("Right now there are about 250 people suffering from severe acute malnutrition, and at least 10 of them will die in the coming days if they are not evacuated, the charity said.").map((c) => c.value)).not.toContain(10);
    expect(claims("The UN warned that an assault on Idlib could kill up to 500 civilians and would force 700,000 people to flee.")).toHaveLength(0);
    expect(claims("Aid agencies said the offensive threatens to displace 300,000 people, the UN said.")).toHaveLength(0);
    expect(claims("Officials said as many as 2,000 people are expected to die of hunger this winter.")).toHaveLength(0);
  });
  it("keeps guesses about what has happened or how things stand", () => {
    expect(one("The Foreign Ministry said five people may have been killed.", 5).metric).toBe("people_killed");
    expect(one("The United Nations says up to 100,000 civilians may still be trapped in the Old City.", 100000).metric).toBe("people_trapped");
    expect(one("The Observatory said 40 people were killed, a toll that could not be independently verified.", 40).metric).toBe("people_killed");
  });
  it("reads a prediction after 'more' and not a verb of another clause", () => {
    expect(claims("The UN warned that as many as 800,000 more could be displaced if the fighting continued.")).toHaveLength(0);
    expect(one("Rami Abdel Rahman told Reuters that the toll was likely to rise because more than 60 people were seriously wounded.", 60).metric).toBe("people_injured");
  });
  it("reads a population in passing as no count of the event", () => {
    const cs = claims("The war has displaced half of the country's pre-war population of 22 million, the UN said.");
    expect(cs.map((c) => c.value)).toEqual([0.5]);
    expect(cs[0].metric).toBe("people_displaced");
  });
  it("keeps planned counts of things, which the labels count as claims", () => {
    expect(one("The World Food Programme says 44 aid trucks will carry enough food for 40,000 people.", 44).metric).toBe("other");
  });
});

describe("breakdowns of a toll", () => {
  it("reads the part with the whole's event, as civilians", () => {
    const cs = claims("The Observatory said 12 people were killed, among them three children.");
    expect(cs.find((c) => c.value === 3)?.metric).toBe("civilians_killed");
    expect(cs.find((c) => c.value === 12)?.metric).toBe("people_killed");
  });
  it("reads past an aside to the verb, and an age bracket is not a count", () => {
    const cs = claims("The International Rescue Committee said at least 84 people, about two-thirds of them children under five, had died on the way to the camp.");
    expect(cs.find((c) => c.value === 84)?.metric).toBe("people_killed");
    expect(cs.find((c) => c.value === 0.6667)?.metric).toBe("civilians_killed");
    expect(cs.map((c) => c.value)).not.toContain(5);
  });
  it("does not carry displacement to fighters among the evacuees", () => {
    expect(claims("The security chief said about 9,000 people had registered to leave for Idlib, among them some 120 fighters.").find((c) => c.value === 120)?.metric).not.toBe("people_displaced");
  });
});
