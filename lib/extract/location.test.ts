import { describe, expect, it } from "vitest";
import { findLocation } from "./location";

const at = (sentence: string, figure: string) => findLocation(sentence, sentence.indexOf(figure));

describe("location: a state that acts or speaks is not where", () => {
  it("skips a state or capital that speaks or acts before the figure", () => {
    expect(at("Russia says 28 Israeli jets fired about 60 missiles.", "28")).toBeNull();
    expect(at("Turkey, which says it already hosts 3.6 million Syrian refugees, closed the border.", "3.6")).toBeNull();
    expect(at("Moscow says its jets flew about 20 sorties.", "20")).toBeNull();
  });
  it("skips a state's possessive before one of its bodies, in any position", () => {
    expect(at("Russia's defence ministry said its aircraft had killed 400 militants.", "400")).toBeNull();
    expect(at("Its aircraft killed 400 militants, Turkey's military said.", "400")).toBeNull();
    expect(at("Russia's Centre for Reconciliation said Russian aircraft carried out 12 strikes on hideouts near Palmyra.", "12")).toBe("Palmyra");
  });
  it("keeps a state named as a place", () => {
    expect(at("In Syria, strikes killed 12 people.", "12")).toBe("Syria");
    expect(at("The group now controls more than half of Syria's territory, 55 percent by one count.", "55")).toBe("Syria");
    expect(at("About 130,000 people crossed into Turkey.", "130,000")).toBe("Turkey");
    expect(at("CENTCOM said it carried out 313 operations in Iraq and Syria.", "313")).toBe("Iraq");
    expect(at("A Damascus hospital said it had received 17 wounded.", "17")).toBe("Damascus");
  });
  it("keeps a city before the figure, and a place in another cell of a table row", () => {
    expect(at("Erbil's health directorate said 17 people were treated.", "17")).toBe("Erbil");
    expect(at("Russian jets had struck northern Homs province and killed 36 civilians.", "36")).toBe("Homs");
    expect(at("29 Dec 2019 | Abu Kamal (Syria) | 5 facilities struck (Pentagon)", "5 facilities")).toBe("Syria");
    expect(at("Idlib: 24 health facilities attacked in three weeks", "24")).toBe("Idlib");
  });
  it("knows the places of Lebanon, Israel, Yemen and Libya", () => {
    expect(at("Tuesday's blasts in Beirut's southern suburbs wounded about 2,800 people.", "2,800")).toBe("Beirut");
    expect(at("In Marib, 12 fighters were killed overnight.", "12")).toBe("Marib");
    expect(at("The strike on a military academy in Tripoli killed 30 cadets.", "30")).toBe("Tripoli");
    expect(at("Rockets fired at Haifa wounded 9 people.", "9")).toBe("Haifa");
  });
  it("takes an origin only where nothing else is named", () => {
    expect(at("Six bombers flying from Russia struck 12 positions near Abu Kamal.", "12")).toBe("Abu Kamal");
    expect(at("Some 4,500 fighters came from Russia.", "4,500")).toBe("Russia");
  });
});
