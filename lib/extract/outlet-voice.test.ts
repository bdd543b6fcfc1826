import { describe, expect, it } from "vitest";
import { extractClaims } from "./index";

const read = (text: string, outlet: string) => extractClaims(text, { outlet, publishedAt: null });

describe("the outlet speaking of its own work", () => {
  it("is the outlet's voice, side media, whether named or 'this agency'", () => {
    const seen = read("Satellite images reviewed by Meridian Wire showed damage to at least four buildings at the Parchin military complex.", "Meridian Wire");
    expect(seen.find((c) => c.value === 4)).toMatchObject({ side: "media", claimant: "Meridian Wire" });
    const tally = read("More than 80 US service members had been injured in the attacks, according to a tally by Crescent Wire based on Pentagon statements.", "Crescent Wire");
    expect(tally.find((c) => c.value === 80)?.side).toBe("media");
    const own = read("Islamic State's Amaq news agency claimed the attack. By this agency's count of Pentagon announcements, the bombing brings to six the number of Americans killed in Syria.", "Crescent Wire");
    expect(own.find((c) => c.value === 6)?.side).toBe("media");
  });
  it("leaves another outlet's work to that outlet", () => {
    const other = read("Satellite images reviewed by Reuters showed damage to at least four buildings at the Parchin military complex.", "Meridian Wire");
    expect(other.find((c) => c.value === 4)?.side).not.toBe("media");
  });
});
