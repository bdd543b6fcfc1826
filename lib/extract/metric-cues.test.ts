import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";

// Metric cues added in session 6 from the classified misses of the tuning sets.
describe("metric cues: hospital counts", () => {
  it("counts people who were treated for something as injured, not patients a clinic treated", () => {
    expect(one("The Pentagon said that 11 service members were treated for concussion symptoms after the attack.", 11).metric).toBe("people_injured");
    expect(one("Two medical officials told the Monitor that six guards had been treated there for shrapnel wounds.", 6).metric).toBe("people_injured");
    // (a clinic's own tally of patients it treated is a count of its work)
    expect(one("The Kurdish Red Crescent said its doctors treated 310 patients in the past week, most for exhaustion.", 310).metric).toBe("other");
  });
});

describe("metric cues: parts of a group counted for another fate", () => {
  it("counts wounded, dead or evacuees that were moved, treated or identified as other figures", () => {
    expect(one("MSF says its medics treated 47 of the wounded at a clinic in Tajoura.", 47).metric).toBe("other");
    expect(one("The WHO said earlier in the week that 47 of the evacuees needed urgent surgery.", 47).metric).toBe("other");
    expect(one("Libyan health ministry spokesman Amin al-Hashemi said 22 of the wounded had been flown to hospitals in Misrata.", 22).metric).toBe("other");
    expect(one("The Greek Orthodox Patriarchate of Antioch said it had identified 22 of the dead by Monday afternoon.", 22).metric).toBe("other");
    expect(one("Einollahi, the Iranian health minister, said 284 wounded had been taken to hospitals in Kerman, 220 of whom had since been discharged.", 220).metric).toBe("other");
  });
  it("keeps a part that died, or that the complement names, in the group's toll", () => {
    expect(one("Kolivand told state television that 12 of the dead were killed inside the parliament complex.", 12).metric).toBe("people_killed");
    expect(one("The Syrian Observatory for Human Rights said 95 of the dead were children.", 95).metric).toBe("civilians_killed");
    expect(one("The Syrian Observatory for Human Rights said it had documented 287 of the deaths in Idlib.", 287).metric).toBe("people_killed");
  });
});

describe("metric cues: suspects", () => {
  it("counts suspects killed as fighters and suspects arrested as other figures", () => {
    expect(one("A ministry statement carried by Tasnim said security forces had killed two suspects in a raid in Kerman province.", 2).metric).toBe("militants_killed");
    expect(one("Iran's interior ministry said police had arrested 40 suspects in the month that followed.", 40).metric).toBe("other");
  });
});

describe("metric cues: members of the organisation", () => {
  it("counts members of 'the organisation' or 'the cell' killed as fighters", () => {
    expect(one("The IRGC said the missiles killed at least 5 members of the organisation and wounded others.", 5).metric).toBe("militants_killed");
    expect(one("\"We killed two members of the cell who were planning further attacks,\" interior minister al-Baba said.", 2).metric).toBe("militants_killed");
  });
});

describe("metric cues: a figure inside a prepositional phrase", () => {
  it("reads the verb past a figure after 'in' or 'from', not past a year", () => {
    expect(one("OCHA said about 50,000 people are currently staying in eight collective shelters in Rural Damascus.", 50000).metric).toBe("people_displaced");
    expect(one("The Russian Centre for Reconciliation said more than 1.8 million people now live in 1633 camps in the region.", 1800000).metric).toBe("people_displaced");
    expect(claims("Three officers sacked. Twin blasts in 2018 killed 38.").some((c) => c.value === 3 && c.metric !== "other")).toBe(false);
  });
});

describe("metric cues: a displacement modifier", () => {
  it("counts 'newly displaced families' and their restatement in people as displaced", () => {
    const text = "OCHA said sector partners recorded approximately 1,400 newly displaced families, or about 7,000 people, mostly from villages near the front.";
    expect(one(text, 1400).metric).toBe("people_displaced");
    expect(one(text, 7000).metric).toBe("people_displaced");
  });
});

describe("metric cues: a participle after the counted noun", () => {
  it("ends the counted phrase at a participle, whose nouns are not what is counted", () => {
    expect(one("The Turkish Defence Ministry said 4 weapons depots holding mines and hand-made explosives have been rendered unusable.", 4).metric).toBe("targets_hit");
    expect(one("The Office of Yazidi Affairs said it has located 68 graves containing Yazidi victims in Sinjar.", 68).metric).toBe("other");
  });
});

describe("metric cues: buildings an attack hit", () => {
  it("counts buildings struck or hit as targets, buildings damaged or destroyed as other figures", () => {
    expect(one("In a statement carried by Anadolu, the General Staff said its jets had struck five buildings used by terrorists.", 5).metric).toBe("targets_hit");
    expect(one("The Syrian Observatory for Human Rights said air strikes hit two houses in the town of Arman.", 2).metric).toBe("targets_hit");
    expect(one("OCHA said local authorities report that 1,730 buildings were completely destroyed.", 1730).metric).toBe("other");
    expect(one("The Kurdistan Region's interior ministry said the missiles had damaged 13 houses.", 13).metric).toBe("other");
  });
});

describe("metric cues: killed or wounded together", () => {
  it("counts people 'killed or wounded' as casualties of metric other, fighters included", () => {
    expect(one("The Islamic State group said its fighters had killed or wounded 20 members of the police.", 20).metric).toBe("other");
    expect(one("Mr Ashdown said the Ministry of Defence estimates that around 4,000 Daesh fighters have been killed or injured.", 4000).metric).toBe("other");
  });
  it("keeps a 'neutralised' tally a toll, and a verb after a figure of its own that figure's", () => {
    expect(one("Those strikes are estimated to have killed or wounded 3,964 enemy fighters, the Russian Defence Ministry added, using the term \"neutralised\" for the total.", 3964).metric).toBe("militants_killed");
    expect(one("The Syrian army said six soldiers were killed and several wounded.", 6).metric).toBe("soldiers_killed");
  });
});

describe("metric cues: counted times", () => {
  it("counts times an attack verb names as strikes, through a list of times", () => {
    expect(one("The Russian Centre for Reconciliation said militants had shelled government held areas 39 times in the previous day.", 39).metric).toBe("strikes");
    const list = "The Pentagon said on 14 November that US forces had been attacked at least 55 times since 17 October, 27 times in Iraq and 28 times in Syria.";
    expect(one(list, 27).metric).toBe("strikes");
    expect(one(list, 28).metric).toBe("strikes");
  });
  it("counts other repeated deeds as other figures, not multipliers or spelled-out repetitions", () => {
    expect(one("The Russian Defence Ministry said that since it entered into force on 12 September, the militants have violated it 302 times.", 302).metric).toBe("other");
    expect(claims("UNHCR notes that some families have been displaced three or four times since 2015.").some((c) => c.value === 4)).toBe(false);
    expect(claims("UNHCR said food prices in the camp were three times those in Homs.").some((c) => c.value === 3)).toBe(false);
  });
});

describe("metric cues: singular people words and cadets, pilots, airmen", () => {
  it("reads one person, one man or one officer killed, and cadets or pilots as soldiers", () => {
    expect(one("Israel struck what it called Hezbollah smuggling routes near Qusayr; SANA said one person was killed.", 1).metric).toBe("people_killed");
    expect(one("In December, the Jordanian army said, one officer was killed and another soldier wounded in a battle.", 1).metric).toBe("soldiers_killed");
    expect(one("The Libyan interior ministry said the drone strike on the Tripoli military academy killed 30 cadets.", 30).metric).toBe("soldiers_killed");
    expect(one("The Russian Defence Ministry said one of the two pilots had been killed by fire from the ground.", 1).metric).toBe("soldiers_killed");
  });
});

describe("metric cues: one of a group", () => {
  it("counts one of its soldiers killed, not one of them or every one of them", () => {
    expect(one("Turkey's defence ministry said one of its soldiers was killed on Saturday.", 1).metric).toBe("soldiers_killed");
    expect(claims("US CENTCOM commander Kenneth McKenzie told reporters that every one of them hit its target.").some((c) => c.value === 1)).toBe(false);
    expect(claims("Hezbollah's al-Manar television said one of the strikes hit a truck carrying flour.").some((c) => c.value === 1)).toBe(false);
  });
});

describe("metric cues: Humvees and setting fire", () => {
  it("counts Humvees destroyed or lost as vehicles, and reads 'set fire to' as destruction", () => {
    expect(one("Iraq's prime minister said in 2015 that the army had lost 2,300 Humvees to Islamic State in Mosul alone.", 2300).metric).toBe("vehicles_destroyed");
    expect(one("The Pentagon said US aircraft destroyed three IS Humvees near Amerli.", 3).metric).toBe("vehicles_destroyed");
    expect(one("The Kurdish-led administration said the militants had set fire to at least 15 tanker trucks.", 15).metric).toBe("vehicles_destroyed");
  });
});

describe("metric cues: bases, crossings, interceptors, casualties", () => {
  it("counts bases, crossing points, berths and shafts hit as targets, and bases with nothing done to them not at all", () => {
    expect(one("The Israeli military said its jets struck three crossing points on the Syrian-Lebanese border.", 3).metric).toBe("targets_hit");
    expect(one("The IRGC said its missiles had hit three air bases in the north.", 3).metric).toBe("targets_hit");
    expect(claims("Iran fired ballistic missiles at two military bases in Iraq housing US troops, the Pentagon said.").some((c) => c.value === 2)).toBe(false);
  });
  it("counts interceptors and launches as missiles, casualties received as other figures", () => {
    expect(one("The Pentagon says two US Navy destroyers fired about a dozen interceptors.", 12).metric).toBe("missiles");
    expect(one("\"Our emergency department in Idlib city received 58 casualties in four hours,\" said Dr Bashir Tahhan, medical director of the Sham Medical Relief Alliance.", 58).metric).toBe("other");
  });
});

describe("metric cues: more people words", () => {
  it("reads scientists as people, worshippers and farmers as civilians, tribesmen as fighters", () => {
    expect(one("The Israeli military says its jets killed 11 nuclear scientists in Iran.", 11).metric).toBe("people_killed");
    expect(one("The Syrian Observatory for Human Rights said the strike killed 12 worshippers at the mosque.", 12).metric).toBe("civilians_killed");
    expect(one("Sheikh Rafie al-Fahdawi, a tribal leader, said 23 tribesmen had been killed defending the district.", 23).metric).toBe("militants_killed");
  });
});

describe("metric cues: displaced people who died, and open-ended ranges", () => {
  it("counts displaced people who died as a toll", () => {
    expect(one("Hauran Health Watch said at least 12 displaced people, among them four children, died in camps along the border.", 12).metric).toBe("people_killed");
  });
  it("reads 'between 6,000 and more than 12,000' as one range", () => {
    const c = one("The UN Assistance Mission for Iraq said the sites contain between 6,000 and more than 12,000 victims.", 6000);
    expect(c.valueMax).toBe(12000);
  });
});

describe("metric cues: quoted figures and dozens", () => {
  it("reads a quoted vague figure's noun and verb past the quotation marks", () => {
    expect(one("A Syrian military source said army units had killed \"hundreds\" of militants and destroyed 17 car bombs.", 100).metric).toBe("militants_killed");
    expect(one("An officer of the Badr Organisation told our team that his men had killed \"more than 50\" IS fighters in the final push.", 50).metric).toBe("militants_killed");
  });
  it("reads 'two dozen' as 24", () => {
    expect(one("The Pentagon said a submarine fired more than two dozen Tomahawk missiles at Isfahan.", 24).metric).toBe("missiles");
  });
});

describe("metric cues: members of a body in a complement", () => {
  it("reads who 'N of them were members of X' are from the body", () => {
    expect(one("The Syrian Observatory for Human Rights put the toll at 20, and said 12 of them were members of Hezbollah and Iranian-backed groups.", 12).metric).toBe("militants_killed");
    expect(one("The Syrian Observatory for Human Rights gave a toll of at least 15 dead, and said two of them were members of Hurras al-Din.", 2).metric).toBe("militants_killed");
    expect(one("The Syrian Observatory for Human Rights said the strike killed 11 members of one family.", 11).metric).toBe("civilians_killed");
  });
});

describe("metric cues: the whole of a share of ground", () => {
  it("counts the neighbourhoods liberated, not all the city has", () => {
    const text = "CJTF-OIR said Iraqi security forces have now liberated more than 40 of the city's 56 eastern neighbourhoods.";
    expect(one(text, 40).metric).toBe("territory");
    expect(claims(text).some((c) => c.value === 56)).toBe(false);
  });
});

describe("metric cues: shares of a named place's ground", () => {
  it("reads the part past the owner ('of Syria's provinces') and places after 'in' as where", () => {
    expect(one("The rebels' Military Operations Command says its fighters took control of 14 of Syria's provinces in under two weeks.", 14).metric).toBe("territory");
    expect(claims("Iran's Intelligence Ministry said its forces had arrested 11 people in six provinces and had seized explosives.").some((c) => c.value === 6)).toBe(false);
  });
});

describe("metric cues: vehicles destroyed with their cargo", () => {
  it("keeps the verb of destruction before vehicles that carried something", () => {
    expect(one("The Russian Defence Ministry said: \"We have also destroyed 1,080 tanker trucks carrying oil products.\"", 1080).metric).toBe("vehicles_destroyed");
    expect(one("The UN said 44 trucks will carry food to the besieged town, OCHA said.", 44).metric).toBe("other");
  });
});

describe("metric cues: launch pads and fighters removed from the battlefield", () => {
  it("counts launch pads destroyed as targets and fighters 'removed from the battlefield' as killed", () => {
    expect(one("A Syrian military source said the army had destroyed 8 rocket launch pads used by terrorist groups.", 8).metric).toBe("targets_hit");
    expect(one("The coalition said more than 4,000 Islamic State fighters had been removed from the battlefield in and around the city.", 4000).metric).toBe("militants_killed");
  });
});

describe("metric cues: lists that share a verb past a qualifier", () => {
  it("reads 'X civilians and about 2,000 fighters were killed' as a shared verb", () => {
    expect(one("According to figures compiled by the World Health Organization, more than 280 civilians and about 2,000 fighters were killed in the fighting.", 280).metric).toBe("civilians_killed");
  });
});

describe("metric cues: people named again between commas", () => {
  it("reads the verb past an aside that names the people again", () => {
    expect(one("In its monthly casualty release the UN mission said that 1,959 members of the Iraqi security forces, soldiers and police alike, had been killed in the month.", 1959).metric).toBe("soldiers_killed");
    expect(one("About 500 people, civilians and members of the security forces, have been killed since Friday, the Anbar provincial council said.", 500).metric).toBe("people_killed");
  });
});

describe("metric cues: losses", () => {
  it("reads a group's losses put at N fighters as a toll", () => {
    expect(one("Kataib Hezbollah put its own losses from the strikes at eight fighters.", 8).metric).toBe("militants_killed");
  });
});

describe("metric cues: parts with a fate of their own", () => {
  it("keeps a part of a count that has its own verb as an other figure", () => {
    expect(one("Istanbul police chief said police had detained 46 people in overnight raids and that 17 of them would be deported.", 17).metric).toBe("other");
    expect(one("The Syrian army said the Asayish had lost dozens of fighters and that 20 of them had surrendered to the army.", 20).metric).toBe("other");
  });
  it("still drops the make-up of a count", () => {
    expect(claims("CJTF-OIR said those strikes destroyed 17 vehicles, nine of them vehicle-borne IEDs.").some((c) => c.value === 9 && c.metric === "other")).toBe(false);
    expect(claims("The UN said al-Hol holds about 43,000 people, two-thirds of them children.").some((c) => c.value === 0.6667 && c.metric === "other")).toBe(false);
  });
});

describe("metric cues: people left in a besieged place", () => {
  it("counts civilians who 'remain there' as human shields as trapped", () => {
    expect(one("CJTF-OIR spokesman Col. Ryan Dillon said: \"We assess that about 100,000 civilians remain there, and ISIS is using them as shields.\"", 100000).metric).toBe("people_trapped");
  });
});

describe("metric cues: a toll brought up by deaths of one kind", () => {
  it("reads 'bringing the toll to N' after soldiers died as soldiers killed", () => {
    const text = "The Jordanian army said a car bomb killed six soldiers at the Rukban crossing. A Jordanian security source said one of the wounded soldiers died in hospital later on Tuesday, bringing the toll to 7.";
    expect(one(text, 7).metric).toBe("soldiers_killed");
  });
});

describe("metric cues: drones spelled out and facilities out of service", () => {
  it("counts unmanned aerial vehicles as aircraft and hospitals out of service as targets", () => {
    expect(one("The Russian Centre for Reconciliation said the air defence of the Hmeimim air base destroyed 2 unmanned aerial vehicles launched by terrorists.", 2).metric).toBe("aircraft");
    expect(one("Hauran Health Watch said 11 hospitals were knocked out of service as bombing emptied eastern Daraa.", 11).metric).toBe("targets_hit");
  });
  it("guesses no people for an elided count of something destroyed", () => {
    expect(claims("Of those facilities, 18 are now out of service, the Hayat Medical Network said.").some((c) => c.value === 18 && c.metric === "other")).toBe(false);
  });
});

describe("metric cues: shares of missiles", () => {
  it("keeps a share of missiles intercepted as a missiles figure", () => {
    expect(one("Its spokesman, Brigadier General Effie Defrin, said 86 percent of the missiles were intercepted and that 36 struck populated areas.", 86).metric).toBe("missiles");
  });
});

describe("metric cues: elided counts before a time word, facilities lost", () => {
  it("reads 'wounded 171 overnight' as injured and centres lost to strikes as targets", () => {
    expect(one("Houthi health officials said U.S. strikes on the Ras Isa fuel port killed at least 74 people and wounded 171 overnight.", 171).metric).toBe("people_injured");
    expect(one("The White Helmets said its volunteers have themselves lost three centres to air strikes this month.", 3).metric).toBe("targets_hit");
  });
});

describe("metric cues: aircraft shelters", () => {
  it("counts hardened aircraft shelters hit as targets, not aircraft", () => {
    expect(one("Satellite images showed 15 hardened aircraft shelters hit at Shayrat, the Pentagon said.", 15).metric).toBe("targets_hit");
  });
});

describe("metric cues: fighter jets and vehicle-borne IEDs", () => {
  it("reads fighters named by an aircraft model as aircraft, and vehicle-borne IEDs as vehicles", () => {
    expect(one("The Turkish General Staff said two Turkish F-16 fighters patrolling the border shot down a Russian bomber.", 2).metric).toBe("aircraft");
    expect(one("AFRICOM said US aircraft destroyed more than 90 fighting positions and 33 vehicle-borne IEDs.", 33).metric).toBe("vehicles_destroyed");
    expect(one("The monitor said 40 fighters were killed in the clashes, the Syrian Observatory for Human Rights said.", 40).metric).toBe("militants_killed");
  });
});

describe("metric cues: a siege participle after a comma", () => {
  it("reads 'N people, trapped since July' as trapped", () => {
    expect(one("OCHA said there were 250,000 to 275,000 people, trapped since July.", 250000).metric).toBe("people_trapped");
  });
});

describe("metric cues: a size verb", () => {
  it("never gives a size the event of the toll before it", () => {
    const text = "The church said 25 people were killed in the blast. Syria's Christians numbered about 1.5 million before the war began, church leaders said.";
    expect(claims(text).some((c) => c.value === 1500000 && c.metric === "people_killed")).toBe(false);
  });
});

describe("metric cues: twice", () => {
  it("counts 'hit the crossing twice' as two strikes, not 'twice as many'", () => {
    expect(one("The Israeli military said it had hit the Jusiyah crossing twice in October.", 2).metric).toBe("strikes");
    expect(claims("The UN refugee agency said twice as many people fled this year.").some((c) => c.value === 2)).toBe(false);
  });
});
