import { describe, expect, it } from "vitest";
import { claims, one } from "./test-helpers";

describe("quotes over several paragraphs", () => {
  it("read a statement introduced by a line naming its body, paragraph after paragraph", () => {
    const text = "15:30\nHere is the text of the Joint Operations Command statement, read out on state television by Lieutenant General Abdul Amir Yarallah:\n\n\"Units of the army have liberated the centre of Hawija. In the second phase of the operation our forces killed 196 Daesh terrorists.\n\n\"Our forces now control 98 percent of Hawija district.\"";
    const got = claims(text);
    expect(got.find((c) => c.value === 196)).toMatchObject({ side: "iraq_gov", actorSide: "iraq_gov" });
    expect(got.find((c) => c.value === 98)?.side).toBe("iraq_gov");
  });
  it("read 'said General X, commander of US Central Command' as the command's", () => {
    const text = "\"Make no mistake, we are postured for scalable options,\" said General Michael Erik Kurilla, commander of US Central Command. \"Since the beginning of 2021, Iran-backed groups have attacked our forces in Syria and Iraq 78 times.\n\n\"We will take all necessary measures.\"";
    expect(one(text, 78).side).toBe("us_coalition");
  });
});
