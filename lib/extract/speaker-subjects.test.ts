import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";

describe("the subject of a verb of saying coordinated after another verb", () => {
  it("is the phrase that opens the clause, not a name inside the first verb's object", () => {
    const text = "Human Rights Watch investigated eight US Central Command strikes and found that they had killed 72 civilians, a third of them children.";
    expect(one(text, 72)).toMatchObject({ claimant: "Human Rights Watch", side: "monitor" });
    expect(one("Syrian state television went further and said 38 soldiers had been killed.", 38).side).toBe("syria_gov");
  });
});

describe("a capitalised word that describes a body named before", () => {
  it("gives the body's side to its unnamed people", () => {
    const text = "Iran's Revolutionary Guards fired about 180 ballistic missiles at Israel. A Guards commander quoted by the Tasnim news agency went further and said that 20 F-35 jets had been destroyed at Nevatim.";
    expect(one(text, 20).side).toBe("iran");
  });
});

describe("NATO speaks for the US-led side", () => {
  it("by name and as 'the alliance'", () => {
    const text = "By the time NATO's Operation Unified Protector ended on Oct. 31, 2011, the alliance had flown 26,323 sorties, 9,658 of them strike sorties, according to its own final figures.";
    expect(one(text, 26323)).toMatchObject({ claimant: "NATO", side: "us_coalition" });
    expect(one("NATO said its aircraft had flown 120 sorties over Libya in the previous 24 hours.", 120).side).toBe("us_coalition");
  });
});

describe("a body described by its kind", () => {
  it("reads 'the cell said' after the Security Media Cell, also after 'In a later statement'", () => {
    const text = "The Security Media Cell said the attack was the work of a terrorist cell. In a later statement the cell said security forces had killed 11 IS militants in an operation south of Kirkuk.";
    expect(one(text, 11)).toMatchObject({ claimant: "Iraqi Security Media Cell", side: "iraq_gov" });
  });
});
