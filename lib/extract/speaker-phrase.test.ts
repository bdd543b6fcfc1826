import { describe, expect, it } from "vitest";
import { one } from "./test-helpers";
import { tokenize } from "./tokens";

// The speaker phrase: where it starts and ends, and whom a description, pronoun or surname points to.
describe("speaker phrases", () => {
  it("reads a speaker past a clause about him: 'The official, who asked not to be named, said'", () => {
    expect(one("A US defence official said the strikes hit 14 sites. The official, who asked not to be named because he was not authorised to speak, said more than 60 targets had been struck.", 60).side).toBe("us_coalition");
    expect(one("A Turkish security official, briefing reporters on condition of anonymity, said 35 militant positions were destroyed.", 35).side).toBe("turkey");
  });
  it("gives the bullets under 'X said:' to X, until a line that is no bullet", () => {
    const text = "## Casualties\n\nThe Iraqi Ministry of Health said in a statement on Sunday:\n\n- 43 people had been killed in the bombing\n- 120 others were wounded\n\nLocal residents counted 60 dead.";
    expect(one(text, 43).side).toBe("iraq_gov");
    expect(one(text, 120).side).toBe("iraq_gov");
    expect(one(text, 60).side).toBe("other");
  });
  it("reads 'its head, <name>,' as the person of the body named before, not the last person named", () => {
    const text = "A police officer said the blast hit a market. The Iraqi Red Crescent said its teams were at the scene. Its head, Yasin Ahmed Abbas, said 31 bodies had been recovered. He said 12 of the wounded were children.";
    expect(one(text, 31).claimant).toBe(one(text, 12).claimant);
    expect(one(text, 31).claimant).not.toMatch(/officer/);
  });
  it("reads 'its head in <place>, <name>,' as the body's person, not the place's state", () => {
    const text = "The White Helmets said its volunteers had pulled bodies from the school. Its head in Idlib, Mustafa Haj Youssef, told us that his teams had recovered 31 bodies.";
    expect(one(text, 31)).toMatchObject({ claimant: "White Helmets", side: "rebels" });
  });
  it("drops a time phrase or a sentence adverb before the speaker, and reads a bare surname as the person named before", () => {
    expect(one("Turkish Interior Minister Ali Kaya said the bomber was a foreigner. On Friday Kaya said 40 militants had been killed in the raids.", 40).side).toBe("turkey");
    expect(one("Then, a few days later, the Americans told us that 9 civilians had been killed.", 9).side).toBe("us_coalition");
  });
  it("reads 'the health ministry' as the unlisted ministry named before by the same words", () => {
    const text = "The rebel-run health ministry in Idlib said 26 people were killed on Monday. On Tuesday the health ministry put the toll at 31 dead.";
    expect(one(text, 31).claimant).toBe(one(text, 26).claimant);
  });
  it("reads Britain or the UK as a speaker for the UK government, but not a place before 'based'", () => {
    expect(one("Britain says six RAF jets struck 11 targets overnight.", 11).side).toBe("us_coalition");
    expect(one("The Britain based monitor said 40 people had been killed in the shelling.", 40).side).toBe("monitor");
  });
  it("reads 'were speaking of' a figure as asserting it", () => {
    expect(one("By March, US officials were speaking of more than 900 targets struck.", 900).side).toBe("us_coalition");
  });
  it("reads a body run by a group as the group's, not the state the article is about", () => {
    const text = "Iran has armed the Houthis for years, Iranian officials say. The Houthi-run health ministry said 33 people were killed in the strikes on Hodeidah.";
    expect(one(text, 33).side).toBe("other");
  });
  it("reads 'Ministry spokesman X' as the spokesman of the unlisted ministry named before", () => {
    const text = "Iran has armed the Houthis for years, Iranian officials say. The Houthi-run health ministry said 33 people were killed. Ministry spokesman Anees Qasim said 12 paramedics were among the dead.";
    expect(one(text, 12).side).toBe("other");
  });
  it("reads a cleft's title as part of the speaker, and 'he' later in the sentence as that speaker", () => {
    const text = "A military source said 9 missiles were shot down. It was the governor of Homs, Talal Barazi, who gave the toll on state TV: 14 dead, he said, and 22 wounded.";
    expect(one(text, 14)).toMatchObject({ side: "syria_gov", claimant: expect.stringMatching(/governor of Homs/) });
  });
  it("reads 'concluded' and 'verified' as cues, the subject of 'X interviewed survivors and concluded', and an investigative team's body", () => {
    expect(one("Amnesty International interviewed survivors and concluded that the militia killed about 90 men.", 90).side).toBe("monitor");
    expect(one("A United Nations investigative team concluded that about 700 villagers had been killed.", 700).side).toBe("un");
    expect(one("The Office of the High Commissioner for Human Rights has verified the deaths of 212 civilians.", 212).side).toBe("un");
  });
  it("reads 'by the count of X' as X's figure", () => {
    expect(one("There are, by the count of the Syrian Observatory for Human Rights, about 9,000 fighters on both sides.", 9000).side).toBe("monitor");
  });
  it("reads unnamed local officials and the municipality in an article about Iraq as the Iraqi state's, not in the Kurdistan Region", () => {
    const iraq = "Iraqi forces retook the Old City of Mosul in July. The Iraqi government says the battle is over. The municipality says 8,475 houses in the Old City were destroyed. Local officials told UNAMI a grave near Baghdad could contain as many as 4,000 bodies.";
    expect(one(iraq, 8475).side).toBe("iraq_gov");
    expect(one(iraq, 4000).side).toBe("iraq_gov");
    const region = "Iranian strikes hit Koya in the Kurdistan Region of Iraq. Kurdistan Region officials in Erbil condemned the attack on Koya. Local officials there said more than 600 people had fled.";
    expect(one(region, 600).side).toBe("other");
  });
  it("reads an official of a Kurdistan Region place as of no side, and the Region named as a headline's place as no speaker", () => {
    expect(one("The governor of Erbil, Omed Khoshnaw, said five people were wounded.", 5).side).toBe("other");
    expect(one("Iraqi Kurdistan: Iranian missile and drone strikes on refugee settlements killed at least 16, must be investigated", 16).side).toBe("media");
  });
  it("reads a free press by its country ('Turkish media reported') as the press, a state's own media as the state", () => {
    expect(one("Turkish media reported that the operation involved about 2,000 commandos, but the ministry did not confirm a number.", 2000)).toMatchObject({ side: "media", claimant: "Turkish media" });
    expect(one("Lebanese media said 12 people were killed in the raid.", 12).side).toBe("media");
    expect(one("Syrian state media said 40 rockets were fired.", 40).side).toBe("syria_gov");
  });
  it("reads a local council or health directorate in an article about Iraq as a local body, not the Syrian opposition", () => {
    const text = "Rockets hit Erbil in northern Iraq overnight, Iraqi officials said. Iraqi police were on the streets of Baghdad and Mosul. Dr Hemin Aziz, director of the Erbil health directorate, said six residents were treated for wounds.";
    expect(one(text, 6).side).toBe("other");
    // outside the Kurdistan Region, the Iraqi state's local authority, even when named first as no speaker
    // (an article that names each country once is about the one whose towns it keeps naming)
    const hawija = "We worked with the Hawija local council, which had relocated to Kirkuk after Syria's war spilled into Iraq. The council, which kept its own register of the displaced, told us that about 1,200 families left Hawija. Hawija was bombed again.";
    expect(one(hawija, 1200)).toMatchObject({ side: "iraq_gov", claimant: "Hawija local council" });
  });
  it("reads the subject before a phrase that ends in a pronoun ('the rebel groups fighting alongside it say')", () => {
    expect(one("Turkey says 12 of its soldiers were killed, and the Free Syrian Army groups fighting alongside it say they lost 70 fighters.", 70).side).toBe("rebels");
  });
  it("reads a trailing ', it said' after a place with an appositive as the pronoun, not the place", () => {
    const text = "The International Organization for Migration says 9,000 people have fled. Most have gone to Debaga, south of Erbil, it said. Its teams counted 1,400 arrivals on Monday.";
    expect(one(text, 1400).side).toBe("un");
  });
  it("reads a place of a state with no side of its own as its officials' side, unless it opens a body's name", () => {
    expect(one("The governor of Marib said 40 fighters were killed in the assault.", 40).side).toBe("other");
    expect(one("A tally by the Yemen Strike Monitor, an independent group that logs raids from local reporting, counted 1,047 separate strikes.", 1047).side).toBe("monitor");
    expect(one("A count by the Beirut Casualty Monitor, an independent group that logs raids from local reporting, counted 62 strikes.", 62).side).toBe("monitor");
  });
  it("reads an unknown monitor described as working 'from local reporting' as a monitor, not an outlet", () => {
    expect(one("A tally by the Sahel Strike Monitor, an independent group that logs raids from local reporting, counted 312 separate strikes.", 312).side).toBe("monitor");
  });
  it("reads a speaker past a relative clause with no commas ('a Turkish official who spoke on condition of anonymity told')", () => {
    expect(one("Overnight, a Turkish official who spoke on condition of anonymity told reporters that jets had hit 27 targets.", 27).side).toBe("turkey");
  });
  it("reads Türkiye, in any case, as Turkey", () => {
    const text = "REPUBLIC OF TÜRKİYE - MINISTRY OF NATIONAL DEFENCE\n\nDaily statement on the operation in northern Iraq.\n\nThe ministry said 14 terrorists had been neutralised in the Hakurk region.";
    expect(one(text, 14).side).toBe("turkey");
    expect(one("Türkiye said 23 PKK targets were destroyed overnight.", 23)).toMatchObject({ side: "turkey", actorSide: "turkey" });
    expect(tokenize("TÜRKİYE", 0)[0].bare).toBe("türkiye");
  });
  it("gives a body's own bulletin, analysis or researchers to the body named before", () => {
    const text = "Airwars, a London-based monitor, tracks civilian harm in the campaign. Its researchers assessed that at least 1,600 civilians were killed in coalition strikes. Its analysis shows that 77 percent of the strikes hit the old city.";
    expect(one(text, 1600).side).toBe("monitor");
    expect(one(text, 77).side).toBe("monitor");
    expect(one("The Russian Centre for Reconciliation said its aircraft flew 40 sorties. Its daily bulletin also says 20 pieces of military hardware were destroyed.", 20).side).toBe("russia");
  });
  it("reads a speaker through abbreviated titles and the Joint Staff", () => {
    expect(one("Pentagon deputy press secretary Lt. Col. Dana Reyes told reporters that 14 drones had been shot down overnight.", 14).side).toBe("us_coalition");
    expect(one("Vice Admiral Brad Cooper, director of operations for the Joint Staff, said 28 sites had been struck.", 28).side).toBe("us_coalition");
    expect(one("The strikes hit 31 targets, said Pentagon spokesman Maj. Gen. Lee Hart.", 31).side).toBe("us_coalition");
  });
  it("keeps a place's countryside inside the speaker's phrase", () => {
    expect(one("Activists in the eastern Homs countryside said 9 people were killed in the raids.", 9).side).toBe("rebels");
    expect(one("Rebel commanders in the Idlib countryside say they destroyed 6 tanks.", 6).side).toBe("rebels");
  });
  it("reads unnamed rescuers and volunteers as the rescue service the article names", () => {
    const text = "Air strikes on a market in Ariha killed at least 21 people on Tuesday, rescuers said. A volunteer said 3 strikes hit the market. The White Helmets said their teams were still searching the rubble.";
    expect(one(text, 21).side).toBe("rebels");
    expect(one(text, 3).side).toBe("rebels");
    expect(one("Air strikes on a market killed at least 21 people on Tuesday, rescuers said.", 21).side).toBe("other");
  });
});

describe("envoys", () => {
  it("speak for the state that sent them, not the body or state they are sent to", () => {
    expect(one("Russia's ambassador to the UN, Vassily Nebenzia, said 12 civilians died.", 12).side).toBe("russia");
    expect(one("The US envoy to the UN said 40 people were killed.", 40).side).toBe("us_coalition");
    expect(one("Iran's ambassador to Syria, Hossein Akbari, who was not in the building, told Iranian state television that \"five or six\" missiles had struck.", 5).side).toBe("iran");
    expect(one("The UN envoy to Syria, Geir Pedersen, said 12 civilians died.", 12).side).toBe("un");
  });
});

describe("a speaker's name as shown", () => {
  it("keeps the commas of a name after a role and drops a description after a comma", () => {
    expect(one("Yahya Saree, the group's military spokesman, said 14 drones were launched.", 14).claimant).toBe("Yahya Saree");
    expect(one("The governor of Hama, Abdel Kadim Bakour, said 12 people were killed.", 12).claimant).toBe("governor of Hama, Abdel Kadim Bakour");
  });
  it("drops a possessive that points back, and a conjunction opening the sentence, from the speaker", () => {
    const text = "The Northern Storm Front denied any role. Its spokesman, Ahmed Hamdan, said the blast came from inside. But he said its fighters had carried out nine raids.";
    expect(one(text, 9)).toMatchObject({ claimant: "spokesman, Ahmed Hamdan", speaker: "he" });
    expect(one("And the Russian Defence Ministry said 40 fighters were killed.", 40).side).toBe("russia");
    const byIts = "The Syrian Observatory for Human Rights says Russian strikes killed 18,096 people. By its count, 7,988 of them were civilians.";
    expect(one(byIts, 7988).side).toBe("monitor");
  });
  it("reads a state of no side named by its possessive as no side, not the state in play", () => {
    const text = "Syrian state media said the strike hit a warehouse near Damascus. Lebanon's health minister, Firass Abiad, said 20 people were killed.";
    expect(one(text, 20).side).toBe("other");
    expect(one("Iranian missiles struck the base. Qatar's defence ministry says 19 missiles were launched.", 19).side).toBe("other");
  });
  it("keeps a body whose name opens with such a country", () => {
    expect(one("A tally by the Yemen Strike Monitor, an independent group that logs raids, counts 62 civilians killed.", 62).side).toBe("monitor");
  });
});

