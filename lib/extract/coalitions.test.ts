import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";

describe("which coalition", () => {
  const yemen = "SANAA (Wire) - Air strikes by the Saudi-led coalition hit a market in Saada province. The Houthi-run health ministry said 21 people were killed. The coalition said it had struck 14 military targets, and a coalition spokesman said 3 launchers were destroyed.";
  it("reads 'the coalition' of an article about the Saudi-led coalition as that coalition, of no side of the issue's", () => {
    expect(one(yemen, 14)).toMatchObject({ claimant: "Saudi-led coalition", side: "other" });
    expect(one(yemen, 14).actorSide).not.toBe("us_coalition");
  });
  it("names the coalition's spokesman's body", () => {
    expect(one("The Saudi-led coalition's spokesman, Turki al-Maliki, said 9 drones were intercepted.", 9).side).toBe("other");
  });
  it("keeps the US-led coalition where an article names it", () => {
    const syria = "The US-led coalition said its aircraft carried out 11 strikes near Raqqa. The Saudi-led coalition in Yemen was not involved. The coalition said 4 fighting positions were destroyed.";
    expect(one(syria, 4).side).toBe("us_coalition");
  });
});
