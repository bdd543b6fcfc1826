import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";

// The speaker reporting its own forces' deed: "said its fighters had killed", "said his men had taken".
describe("the speaker's own deed", () => {
  it("reads 'saying its fighters had' and 'said in a statement ... that its fighters had' as the speaker acting", () => {
    expect(one("Kataib Hezbollah claimed the attack on Telegram, saying its fighters had fired 12 rockets at the base.", 12).actorSide).toBe("other");
    expect(one("The Syrian Democratic Forces said in a statement posted on their website, which was later removed, that their forces had killed 31 Islamic State fighters.", 31).actorSide).toBe("other");
  });
  it("reads a commander's 'his men' and a force that 'now' holds ground as the speaker's", () => {
    expect(one("An SDF commander said his men had captured 6 tanks near the dam.", 6)).toMatchObject({ side: "other", actorSide: "other" });
    expect(one("The Syrian Democratic Forces said on Sunday that their forces now held about 60 percent of the town.", 60).actorSide).toBe("other");
  });
  it("reads a force qualified by one word, a quote opening on the verb and a second 'and that' complement", () => {
    expect(one("The Jordanian army said its border guards had killed five smugglers in a clash on the frontier.", 5).actorSide).toBe("other");
    expect(one("The Israeli military said in a statement that it had \u201cstruck 3 routes used to smuggle weapons\u201d and that its aircraft had hit more than 60 targets.", 60).actorSide).toBe("other");
    const second = "The Jarablus Military Council, a local group allied to the SDF, said in a statement that the Turkish strikes had hit homes, and that its fighters had destroyed two Turkish tanks.";
    expect(one(second, 2).actorSide).toBe("other");
    const losses = "The SDF said 11 of its fighters had been killed in the final week of fighting, and that its forces had killed hundreds of militants.";
    expect(one(losses, 11).actorSide).toBeNull();
  });
});

describe("a state's own dead", () => {
  it("reads soldiers of no named side whose deaths a state reports as its own, not its deed", () => {
    expect(one("A roadside bomb killed three soldiers near Tikrit on Monday, the Iraqi Security Media Cell said.", 3).actorSide).toBeNull();
    expect(one("The Iraqi Security Media Cell said the attack resulted in the martyrdom of 6 members of the Federal Police.", 6).actorSide).toBeNull();
  });
  it("reads a country or capital after a preposition as a place, not as the other side", () => {
    expect(one("The Russian defence ministry acknowledges 39 servicemen killed in Syria since 2015.", 39).actorSide).toBeNull();
  });
});

describe("offensives that date a figure, and tolls of the fighting", () => {
  it("reads 'since the start of X's offensive' as a date, not a second attacker", () => {
    expect(one("The monitor said 212 civilians had been killed in coalition strikes since the start of the SDF's offensive on the town.", 212).actorSide).toBe("us_coalition");
  });
  it("does not carry the attacker of the sentence before to a toll of the fighting", () => {
    const text = "The Observatory said 40 civilians had been killed in coalition strikes on the town. The Observatory also said 300 IS fighters and 90 SDF fighters had died in the fighting.";
    expect(one(text, 40).actorSide).toBe("us_coalition");
    expect(one(text, 300).actorSide).toBeNull();
  });
});

describe("the speaker's name is not the actor of what it reports", () => {
  it("does not read the speaker's own name as a second attacker", () => {
    expect(one("The Syrian Democratic Forces, the Kurdish-led alliance, said on Friday that Turkish drones had carried out 33 strikes on its areas.", 33).actorSide).toBe("turkey");
    expect(one("The Syrian Democratic Forces, your military, said that seven of its members were killed by Turkish drones.", 7).actorSide).toBe("turkey");
  });
  it("still reads a speaker that admits responsibility, or whose security forces acted, as the actor", () => {
    expect(one("The coalition has admitted responsibility for 212 civilian deaths in the city.", 212).actorSide).toBe("us_coalition");
    expect(one("Iraq's Joint Operations Command said security forces had killed 14 Islamic State militants, backed by coalition air strikes.", 14).actorSide).toBe("iraq_gov");
  });
});

describe("a single weapon acts for its side", () => {
  it("reads 'a Turkish drone struck' and 'an Iranian missile hit' as that side's deed", () => {
    expect(one("The SDF says a Turkish drone struck a car near Amuda on Monday, killing three of its fighters.", 3).actorSide).toBe("turkey");
    expect(one("Local officials said an Iranian missile hit a house in Koya, wounding 5 people.", 5).actorSide).toBe("iran");
  });
});

describe("the United States by its two-word name", () => {
  it("reads 'a United States air strike' and 'the United States carried out' as the US's deed", () => {
    expect(one("A United States air strike on a school in the town killed at least 27 people, Amnesty International said.", 27).actorSide).toBe("us_coalition");
    expect(one("The United States carried out 14 strikes near Raqqa, the Observatory said.", 14).actorSide).toBe("us_coalition");
  });
});

describe("a side's own losses", () => {
  it("names no one who inflicted losses a side counts as its own", () => {
    expect(one("The SDF said the group had lost 9,000 fighters in the war against IS since 2015.", 9000).actorSide).toBeNull();
    expect(one("The SDF said it had lost 31 of its fighters in the battle for Baghuz against IS.", 31).actorSide).toBeNull();
  });
});

describe("counts of other things done by the speaker", () => {
  it("reads operations carried out, people arrested and items cleared as the doer's", () => {
    expect(one("\"In the same year we carried out 415 operations and killed 52 terrorists,\" the Iraqi commander said.", 415).actorSide).toBe("iraq_gov");
    expect(one("\"We also arrested 96 suspects,\" the Iraqi commander said.", 96).actorSide).toBe("iraq_gov");
    expect(one("The Russian Centre for Reconciliation said it conducted 4 humanitarian actions in Aleppo, distributing 3.5 tonnes of food.", 3.5).actorSide).toBe("russia");
    expect(one("\"We detained 31 people who came from regime areas,\" the SDF commander said.", 31).actorSide).toBe("other");
  });
});

describe("the speaker's phrase names no actor", () => {
  it("reads the doer after an 'according to' phrase, whatever side the phrase's speaker has", () => {
    const c = one("According to the Israeli military, Iran fired about 550 ballistic missiles.", 550);
    expect(c).toMatchObject({ side: "other", actorSide: "iran" });
  });
});


describe("armed forces of the region's other wars", () => {
  it("reads the Houthis, Hezbollah, the LNA and the PKK as acting for side other, NATO for the US-led side", () => {
    expect(one("The Houthis have fired 40 ballistic missiles at Israel since March, the Israeli army said.", 40).actorSide).toBe("other");
    expect(one("Hezbollah launched about 25 rockets at Kiryat Shmona on Tuesday, the Israeli military said.", 25).actorSide).toBe("other");
    expect(one("Local officials said NATO strikes killed 12 civilians in the town.", 12).actorSide).toBe("us_coalition");
    expect(one("The health ministry said LNA drones had carried out 17 strikes on the capital.", 17).actorSide).toBe("other");
  });
  it("does not read either party of a 'between X and Y' pair as the doer", () => {
    expect(one("More than 600 security personnel have been killed since a ceasefire between the government and the PKK collapsed in July.", 600).actorSide).toBeNull();
  });
});

describe("counted attacks name their doer", () => {
  it("reads the side of counted strikes or attacks as the doer of another figure in the sentence", () => {
    expect(one("The monitor said 14 Turkish drone strikes had killed 23 fighters since June.", 23).actorSide).toBe("turkey");
    expect(one("The Observatory has counted 31 Israeli attacks on Syria this year, in which 140 military targets were destroyed.", 140).actorSide).toBe("other");
  });
});

describe("Iran's proxies", () => {
  it("reads Iran-backed militias, groups and militants as side other, not the speaker's own forces", () => {
    expect(one("The Pentagon said Iran-backed militias had fired 12 rockets at the base.", 12).actorSide).toBe("other");
    expect(one("Since October, Iran-backed groups have attacked our forces 60 times, the Pentagon said.", 60).actorSide).toBe("other");
    expect(one("The Pentagon said a drone launched by Iran-backed militants killed 3 US soldiers.", 3).actorSide).toBe("other");
  });
  it("reads them as Iran's own forces in an Iranian source's account, and leaves other groups of no side alone", () => {
    expect(one("The Tasnim news agency reported that Iranian-backed fighters had killed 90 militants near the border.", 90).actorSide).toBe("iran");
    expect(one("The monitor counted 52 dead among the Turkish army and its allied Syrian rebel factions.", 52).actorSide).not.toBe("rebels");
  });
});

describe("Turkey's proxies", () => {
  it("are the rebels in anyone else's account and Turkey's forces in Turkey's own", () => {
    const kurdish = "The Kurdish-led administration said Turkish-backed factions had shelled villages near Ain Issa 17 times over the weekend.";
    expect(one(kurdish, 17).actorSide).toBe("rebels");
    const turkish = "Turkey's defence ministry said Turkish-backed forces had taken 243 settlements by the end of the operation.";
    expect(one(turkish, 243).actorSide).toBe("turkey");
  });
});

describe("forces that support the doer", () => {
  it("are not a second doer of the deed the subject names", () => {
    const text = "The army said: \"Our armed forces, with the support of the Syrian and Russian air forces, repelled a large-scale attack and killed more than 300 terrorists in the past 24 hours.\"";
    expect(one(text, 300).actorSide).toBe("syria_gov");
  });
});

describe("perpetrators listed one per line", () => {
  it("read each line's own doer, and no line carries the one before into the next", () => {
    const text = "Our documentation team attributes each death to a perpetrator. In March:\n\n- Russian forces killed 136 civilians, among them 38 children.\n- The Islamic State group killed 187 civilians, most of them in Deir ez-Zor.\n- Armed opposition factions killed 64 civilians in shelling of Aleppo city.\n- Jabhat al-Nusra killed 22 civilians.\n- A further 121 civilians were killed by parties we could not identify.";
    const got = (v: number) => claims(text).find((c) => c.value === v)?.actorSide ?? null;
    expect([got(136), got(187), got(64), got(22), got(121)]).toEqual(["russia", "isis", "rebels", "rebels", null]);
  });
  it("reads Nusra only as the subject of its own verb, not in 'an attack by Nusra Front militants'", () => {
    const text = "SANA said government forces had repelled an attack by Nusra Front militants near Kafr Nabudah and killed 27 of them.";
    expect(one(text, 27).actorSide).toBe("syria_gov");
  });
});

describe("a toll's phrase before its figure", () => {
  it("names its victims up to 'by', and the doer after it", () => {
    const text = "The monitor reported that the total number of civilians killed by Russian strikes since 30 September had risen to 526.";
    expect(one(text, 526).actorSide).toBe("russia");
  });
});

describe("a state's name in the possessive owns its force", () => {
  it("acts for that state, but not after a preposition", () => {
    expect(one("A few hours after the strike, Iran's air defences shot down a Ukrainian airliner after take-off from Tehran, killing all 176 people on board.", 176).actorSide).toBe("iran");
    const hit = "He said B-1 bombers had struck command centres belonging to Iran's Quds Force, killing 16 people.";
    expect(one(hit, 16).actorSide).not.toBe("iran");
  });
});

describe("Islamic State by its two-word name", () => {
  it("acts as a subject, but losing is no deed", () => {
    expect(one("It said at least 90 soldiers had been killed in the strike, and that Islamic State had killed another 13 in the assault that followed.", 13).actorSide).toBe("isis");
    expect(one("The envoy said the Islamic State had now lost 87 percent of the territory it once held.", 87).actorSide).toBeNull();
  });
});

describe("a clause after ', and that' with a doer of its own", () => {
  it("is that doer's deed, whoever acted in the clause before", () => {
    const text = "The monitor said Russian warplanes carried out at least eight raids, and that government forces fired more than 30 rockets from positions in the Sahl al-Ghab plain.";
    expect(one(text, 30).actorSide).toBe("syria_gov");
    expect(one(text, 8).actorSide).toBe("russia");
  });
});

describe("a force in the possessive before what it said", () => {
  it("does nothing in the sentence ('drawn from the army's announcements')", () => {
    const text = "By my own count, drawn from the army's announcements and from Syrian local reporting, Israel has carried out at least 60 further strikes in Syria since the end of Bashan Arrow.";
    expect(one(text, 60).actorSide).toBe("other");
  });
});

describe("a toll of 'the missiles' named before", () => {
  it("takes the attacker of the sentence before, as 'the strikes' does", () => {
    const text = "Israeli jets fired missiles at a military post near Damascus on Tuesday. Syrian state TV says the missiles killed five people, including a soldier.";
    expect(one(text, 5).actorSide).toBe("other");
  });
});
