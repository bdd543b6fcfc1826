import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";
import { findPeriod } from "./period";
import { findLocation } from "./location";

describe("actor side", () => {
  it("reads the actor from the phrase that did it", () => {
    expect(one("The Observatory said US-led coalition strikes on Sunday killed 27 civilians in Raqqa.", 27).actorSide).toBe("us_coalition");
    expect(one("The monitor said 204 civilians had been killed by Turkish air strikes.", 204).actorSide).toBe("turkey");
    expect(one("Turkey's defence ministry said its forces had hit 82 targets over the previous day.", 82).actorSide).toBe("turkey");
    // "our forces" are the speaker's, an armed group's too; a monitor has none
    expect(one("The Syrian Democratic Forces said in a statement: \"In twenty days of fighting our forces have killed 458 Daesh mercenaries.\"", 458).actorSide).toBe("other");
    expect(one("The Observatory said: \"Our forces of volunteers have documented 45 deaths.\"", 45).actorSide).toBeNull();
  });
  it("leaves it empty for a mix or for displacement", () => {
    expect(one("The Observatory said Kurdish fighters and coalition jets had together killed more than 1,000 IS militants.", 1000).actorSide).toBeNull();
    expect(one("The United Nations says nearly 950,000 people have fled their homes.", 950000).actorSide).toBeNull();
    // coordinated side words name two actors
    expect(one("Its figures show 207,000 civilians killed by March 2017, and it attributes more than 90 percent of those deaths to government and Russian forces.", 207000).actorSide).toBeNull();
  });
  it("does not read the speaker or the counted victims as the actor", () => {
    expect(one("The Syrian Democratic Forces said Turkish strikes on villages near Tel Rifaat last October had killed 11 of their fighters.", 11).actorSide).toBe("turkey");
    expect(one("In its final statement the Turkish General Staff said 2,647 Daesh members and 453 PKK/PYD militants had been \"neutralised\".", 453).actorSide).toBe("turkey");
    expect(one("It added that Israel had also fired more than 10 tactical surface-to-surface missiles.", 10).actorSide).toBe("other");
  });
  it("reads attacking aircraft as acting for their side", () => {
    expect(one("Russia says 28 Israeli jets fired about 60 missiles, more than half of them shot down.", 28).actorSide).toBe("other");
    expect(one("The ministry said 28 Israeli jets fired about 60 missiles.", 60).actorSide).toBe("other");
  });
  it("reads the actor of a toll from the one opposing side the sentence names", () => {
    expect(one("The Observatory said 41 Turkish soldiers had been killed since the start of the operation against the YPG.", 41).actorSide).toBe("other");
    expect(one("The Observatory said 41 Turkish soldiers had been killed since the start of the operation.", 41).actorSide).toBeNull();
  });
  it("reads a passive agent of the harm, not of control", () => {
    expect(one("The monitor said 30 civilians had been killed by the regime in Douma.", 30).actorSide).toBe("syria_gov");
    expect(one("The Syrian Observatory for Human Rights monitor US-led coalition strikes on Sunday killed 27 civilians in part of Raqqa city held by Daesh.", 27).actorSide).toBe("us_coalition");
  });
  it("reads the speaker as actor of 'said they had killed', and no actor for an inventory", () => {
    expect(one("The Syrian Democratic Forces said yesterday they had killed 45 ISIS fighters near al-Susah.", 45).actorSide).toBe("other");
    expect(one("The UK Ministry of Defence says eight Typhoons and six Tornados remain at RAF Akrotiri in Cyprus.", 8).actorSide).toBeNull();
  });
  it("carries an actor to the same source's next sentence only", () => {
    const a = "The Observatory said government shelling killed 20 civilians in Douma on Monday.";
    expect(one(`${a} It said 30 more people were wounded.`, 30).actorSide).toBe("syria_gov");
    expect(one(`${a} The UN's own tally, which runs to March 11, put civilian deaths at over 1,100.`, 1100).actorSide).toBeNull();
  });
  it("takes the attacker of strikes the sentence points back to", () => {
    const a = "Russian air strikes hit a crowded market in Ariha on Monday.\n\nRescue workers pulled bodies from the rubble for hours.";
    expect(one(`${a} The Syrian Observatory for Human Rights said the strikes had killed at least 40 people.`, 40).actorSide).toBe("russia");
    expect(one(`${a} Doctors said 12 people wounded in the raids had been taken to Idlib.`, 12).actorSide).toBe("russia");
    // no reference back to the strikes: the toll's actor stays unsaid
    expect(one(`${a} The Syrian Observatory for Human Rights said 40 people had been killed in the province this month.`, 40).actorSide).toBeNull();
  });
  it("reads rockets and shells as the weapons of the side they are named for", () => {
    expect(one("State news agency SANA put the toll from rebel rockets at 23 dead.", 23).actorSide).toBe("rebels");
  });
  it("reads bare 'militants' as IS in an article about IS", () => {
    const text = "Government forces retook Abu Kamal from Islamic State on Thursday. IS had held the town since 2014, and Daesh fighters fled east.\n\nAt one point, the Observatory said, the militants had recaptured more than 40 percent of the town.";
    expect(one(text, 40).actorSide).toBe("isis");
  });
  it("does not read a monitor's name or the victims' allies as the actor, and reads named operations", () => {
    expect(one("The Syrian Observatory for Human Rights said 54 SDF fighters had also been killed.", 54).actorSide).toBeNull();
    expect(one("The Observatory says at least 614 rebel fighters allied to Turkey also died.", 614).actorSide).toBeNull();
    expect(one("The Observatory said it had documented the deaths of 376 YPG fighters since Operation Olive Branch began.", 376).actorSide).toBe("turkey");
  });
  it("reads whose deaths a toll counts from the word before it", () => {
    expect(one("The Syrian Observatory for Human Rights put the civilian death toll at 38.", 38).metric).toBe("civilians_killed");
  });
  it("reads 'said it had retaken' as the speaker's own deed", () => {
    expect(one("The Syrian army said it had retaken 4 neighbourhoods.", 4).actorSide).toBe("syria_gov");
  });
  it("reads soldiers a state says died as its own", () => {
    expect(one("The Iraqi government said 1,200 soldiers had died in the Mosul campaign.", 1200).actorSide).toBeNull();
  });
  it("reads losses as the subject's own", () => {
    expect(one("Turkey said it had lost 41 soldiers.", 41).actorSide).toBeNull();
    expect(one("Turkey said the YPG had lost 300 fighters.", 300).actorSide).toBe("turkey");
    expect(one("The Observatory said regime forces had lost 120 soldiers.", 120).actorSide).toBeNull();
  });
  it("gives counts of other things an actor only as the object of a named doer's deed", () => {
    expect(one("The Pentagon says US aircraft have dropped more than 2,500 bombs and missiles in support of the offensive.", 2500).actorSide).toBe("us_coalition");
    expect(one("Officials say a force of roughly 500 pro-regime fighters moved on the town.", 500).actorSide).toBeNull();
    expect(one("Kurdish Peshmerga commanders tell our correspondent they destroyed 9 car bombs.", 9).actorSide).toBe("other");
  });
  it("reads a bare 'the army' as the government's", () => {
    expect(one("SANA said the army had regained control of 15 villages since the start of the month.", 15).actorSide).toBe("syria_gov");
  });
  it("reads 'army units' as the government's", () => {
    expect(one("The source said army units had killed \"hundreds\" of militants and destroyed 17 vehicles.", 17).actorSide).toBe("syria_gov");
    expect(one("The source said Turkish army units had destroyed 17 vehicles.", 17).actorSide).toBe("turkey");
  });
  it("reads the victims before the figure and a passive agent", () => {
    expect(one("The military put the number of Turkish soldiers killed at 41 as of March 2.", 41).actorSide).toBeNull();
    expect(one("Airwars has counted at least 1,066 civilians likely killed by coalition actions in the western half of the city alone.", 1066).actorSide).toBe("us_coalition");
  });
});

describe("period", () => {
  const pub = new Date("2015-10-08T00:00:00Z");
  it("normalises spans", () => {
    expect(findPeriod("Russian warplanes conducted 22 flights overnight.")).toBe("overnight");
    expect(findPeriod("making 60 to 70 flights a day")).toBe("day");
    expect(findPeriod("in a span of 72 hours")).toBe("72h");
    expect(findPeriod("killed in a week of US-led strikes")).toBe("week");
    expect(findPeriod("Its volunteers have themselves lost three centres to air strikes this month alone.")).toBe("month");
    expect(findPeriod("Yesterday alone they fired on residential quarters 27 times.")).toBe("day");
    expect(findPeriod("120 combat sorties since September 30.", pub)).toBe("since:2015-09-30");
    expect(findPeriod("From 7 to 27 March our aircraft", new Date("2016-03-31"))).toBe("between:2016-03-07/2016-03-27");
  });
  it("reads a war's whole toll as a total, and deaths in an earlier year as that year", () => {
    const later = new Date("2021-03-19T00:00:00Z");
    expect(findPeriod("The rebels' National Transitional Council put the overall toll of the war at 30,000 dead.")).toBe("total");
    expect(findPeriod("The UN says more than 300,000 civilians were killed in the war before December.")).toBe("total");
    expect(findPeriod("Some 400,000 people have died in ten years of war.")).toBe("total");
    expect(findPeriod("Between 10,000 and 15,000 Libyans died in 2011.", later)).toBe("between:2011-01-01/2011-12-31");
    // the war on a group is a campaign, not a span; a year of the article's own date adds nothing
    expect(findPeriod("In the war on ISIS, coalition jets flew 12 sorties.")).toBeNull();
    expect(findPeriod("92 dead, making it the deadliest Israeli strike in Syria since the war began.")).toBeNull();
    expect(findPeriod("Twelve people were killed in 2021.", later)).toBeNull();
  });
  it("reads a count since an undated event, or up to a date, as a running total", () => {
    expect(findPeriod("It has documented the deaths of more than 1,400 civilians since the assault started.")).toBe("total");
    expect(findPeriod("The coalition has flown 300 sorties since its intervention began.")).toBe("total");
    expect(findPeriod("At least 500,000 people have died since the war began.")).toBe("total");
    expect(findPeriod("Some 2,000 were killed since the start of the uprising.")).toBe("total");
    expect(findPeriod("By 23 October, American officials said, coalition aircraft had flown nearly 6,600 sorties.")).toBe("total");
    expect(findPeriod("243 settlements had been taken by the end of the operation.")).toBe("total");
    expect(findPeriod("It was the deadliest strike since the operation began.")).toBeNull();
    expect(findPeriod("He was killed by two men.")).toBeNull();
    expect(findPeriod("Air strikes have killed at least 173 civilians in Raqqa since US-backed fighters launched their assault on the city.")).toBe("total");
  });
  it("reads two dated ends as a range, the year from the article", () => {
    const pub = new Date("2017-06-28T00:00:00Z");
    expect(findPeriod("At least 307 civilians were killed in west Mosul between February 17 and March 22.", pub)).toBe("between:2017-02-17/2017-03-22");
    expect(findPeriod("The Observatory counted 465 civilians killed between November 15 and December 12.", pub)).toBe("between:2016-11-15/2016-12-12");
    expect(findPeriod("From 15 November to 12 December 2016, 40 died.", pub)).toBe("between:2016-11-15/2016-12-12");
  });
});

describe("location", () => {
  it("finds the place named nearest the figure", () => {
    expect(findLocation("killed 27 civilians in part of Raqqa city", 7)).toBe("Raqqa");
    expect(one("The Observatory said at least 125 civilians had been killed in a week of strikes on Raqqa city.", 125).location).toBe("Raqqa");
  });
});

describe("restatement", () => {
  it("merges a headline and a body mention into one claim with two mentions", () => {
    const text = "Russia says 80,414 have left Eastern Ghouta\n\nA total of 80,414 people have left Eastern Ghouta, the Russian military's Centre for Reconciliation said on Wednesday.";
    const c = claims(text);
    expect(c).toHaveLength(1);
    expect(c[0].mentions).toHaveLength(2);
    expect(c[0].claimant).toBe("Russian Centre for Reconciliation");
  });
  it("keeps the same figure from two sides apart", () => {
    const text = "The Pentagon said 20 sorties were flown. Russia's Defence Ministry said 20 sorties were flown.";
    expect(claims(text).map((c) => c.side)).toEqual(["us_coalition", "russia"]);
  });
  it("works on text with stripped punctuation and smart quotes", () => {
    const text = "The Syrian Observatory for Human Rights said so on Sunday. Among the dead were 154 children the Britain based monitor said adding that more than 3600 people had been wounded";
    expect(one(text, 3600)).toMatchObject({ metric: "people_injured", side: "monitor" });
  });
});

describe("actor side with Syrian forces and counted victims", () => {
  it("reads a headline's present tense and a quoted 'terrorist groups' as actors", () => {
    expect(one("Iran launches more than 300 drones and missiles at Israel", 300).actorSide).toBe("iran");
    expect(one("The Russian Reconciliation Centre said \"terrorist groups\" had shelled government-held areas 14 times.", 14).actorSide).toBe("rebels");
    expect(one("The Observatory said Türkiye's strikes had killed 12 civilians.", 12).actorSide).toBe("turkey");
  });
  it("reads 'terrorists' who act as the enemy of the state that speaks", () => {
    expect(one("SPOKESPERSON (Turkish Defence Ministry): Terrorists fired six rockets from Syria into our border district on Monday.", 6).actorSide).toBe("other");
  });
  it("reads a side word inside a known name as that name's, and a name after a preposition as no actor", () => {
    expect(one("Seventeen fighters from the Turkish-backed Syrian National Army were killed, the Observatory reported.", 17).actorSide).toBeNull();
    expect(one("The Observatory said the Syrian National Army shelled the village, killing 12 civilians.", 12).actorSide).toBe("rebels");
  });
  it("reads Syrian army as an actor but not Syrian warplanes that were destroyed", () => {
    expect(one("The Observatory said Syrian army shelling killed 12 civilians.", 12).actorSide).toBe("syria_gov");
    expect(one("Turkey's defence minister said Turkish drones had destroyed two Syrian warplanes and 135 tanks.", 135).actorSide).toBe("turkey");
    expect(one("The coalition said the Syrian Democratic Forces killed 40 Islamic State fighters.", 40).actorSide).toBe("other");
  });
});

describe("whose government", () => {
  it("reads 'government forces' as Iraq's in an article about Iraq", () => {
    const text = "BAGHDAD - Iraqi officials spoke in Mosul. The Iraqi Joint Operations Command said government forces had destroyed 76 car bombs in Mosul.";
    expect(one(text, 76).actorSide).toBe("iraq_gov");
  });
});

describe("restatements", () => {
  it("keeps the same figure about two places apart", () => {
    const out = claims("The Syrian army said its forces held around half the city of Deir ez-Zor.\n\nThe army said it held about half of the city of Raqqa.");
    expect(out.filter((c) => c.metric === "territory").map((c) => c.location)).toEqual(["Deir ez-Zor", "Raqqa"]);
  });
});

describe("restatements", () => {
  it("merges a headline's generic toll into the body's specific one with the same figure", () => {
    const cs = claims("Russian strikes kill 30 people in Idlib - monitor\nRussian air strikes killed 30 civilians in Idlib on Monday, the Observatory said.");
    expect(cs.map((c) => [c.value, c.metric])).toEqual([[30, "civilians_killed"]]);
    expect(cs[0].mentions).toHaveLength(2);
  });
});

describe("a state named as the subject of a deed", () => {
  it("reads 'Syria had fired' as the Syrian government's deed, not a place", () => {
    expect(one("The Pentagon said Syria had fired 40 surface-to-air missiles, most of them after the strikes.", 40).actorSide).toBe("syria_gov");
    expect(one("Turkey's military says its offensive in north-western Syria has now neutralised 2,777 fighters.", 2777).actorSide).toBe("turkey");
  });
  it("reads the group that took ground, not the speaker, as the actor", () => {
    const c = one("The coalition says the SDF have taken 95 percent of Baghuz.", 95);
    expect(c).toMatchObject({ metric: "territory", side: "us_coalition", actorSide: "other" });
  });
  it("reads the side named in a missiles' phrase, and no air arm in an air base", () => {
    expect(one("Russia says only 23 of 59 US cruise missiles reached Syrian air base", 59).actorSide).toBe("us_coalition");
  });
  it("reads 'the group' acting as the armed group the article is about, not when it speaks", () => {
    const text = "Islamic State fighters attacked Kobani again on Monday. The assaults have failed to dislodge the group, which has overrun about a third of the country.";
    expect(one(text, 0.3333)).toMatchObject({ metric: "territory", actorSide: "isis" });
    const c = one("Hezbollah fighters fought near Qusayr. The group acknowledged that 28 of its own fighters had died.", 28);
    expect(c.actorSide).toBeNull();
  });
  it("reads a subject whose verb follows a short place phrase ('militants in the enclave had fired')", () => {
    const c = claims("Its Centre for Reconciliation said militants in the enclave had fired 46 rockets at Damascus over the past day, killing three civilians and wounding 12.");
    expect(c.map((x) => [x.value, x.actorSide])).toEqual([[46, "rebels"], [3, "rebels"], [12, "rebels"]]);
    expect(one("SANA said government forces had repelled an attack by Nusra Front militants near Kafr Nabudah and killed 27 of them.", 27).actorSide).toBe("syria_gov");
  });
  it("reads 'said its fighters had killed' as the speaker acting, but never for its own dead", () => {
    const text = "Hezbollah's media arm said its fighters had killed 143 Nusra militants. The group acknowledged that 28 of its own fighters had died.";
    expect(one(text, 143).actorSide).toBe("other");
    expect(one(text, 28).actorSide).toBeNull();
    expect(one("A spokesman for Jaish al-Islam said its fighters had repelled a ground assault near Harasta and killed 27 soldiers.", 27).actorSide).toBe("rebels");
  });
  it("reads soldiers a state says were killed, by no one named, as its own dead", () => {
    expect(one("Turkish officials said 17 soldiers had been killed in the clashes.", 17).actorSide).toBeNull();
    expect(one("Turkish officials said 17 soldiers had been killed by Kurdish fighters.", 17).actorSide).toBe("other");
  });
  it("reads a quoted 'We shot down' as the speaker acting", () => {
    expect(one("\"We shot down two drones this morning,\" a Hezbollah commander told the station.", 2).actorSide).toBe("other");
  });
  it("does not take an attacker from a later clause after ', and'", () => {
    const text = "The monitor said Russian jets killed 40 fighters near Idlib on Monday, and coalition strikes were reported near Raqqa.";
    expect(one(text, 40).actorSide).toBe("russia");
  });
  it("reads 'Islamic State shelling' as IS acting", () => {
    expect(one("The monitor said a further 26 civilians had been killed by Islamic State shelling and sniper fire.", 26).actorSide).toBe("isis");
  });
});

describe("the target of an attack is not its doer", () => {
  it("reads forces after 'an ambush on' as the target and the group naming its attack as the doer", () => {
    expect(one("ISIS ambush on army convoy kills 14 soldiers near Palmyra, monitor says", 14).actorSide).toBe("isis");
    expect(one("The Syrian Observatory said an ISIS ambush on Syrian army troops killed 9 soldiers.", 9).actorSide).toBe("isis");
  });
  it("reads the second of two places after a preposition as a place, not an actor", () => {
    expect(one("The Turkish Defence Ministry said the number of terrorists neutralised in Iraq and Syria this year has reached 640.", 640).actorSide).toBe("turkey");
    expect(one("US officials say American troops in Iraq and Syria have been attacked more than 90 times since October.", 90).actorSide).not.toBe("us_coalition");
  });
  it("reads 'strikes by X on a village held by Y' as X's deed, not Y's", () => {
    expect(one("Air strikes by the US-led coalition on a village held by Islamic State fighters killed 19 civilians, the Observatory said.", 19).actorSide).toBe("us_coalition");
  });
  it("reads the army post that attackers stormed as the target, not a second attacker", () => {
    expect(one("Islamic State fighters stormed an Iraqi army post near Tarmiyah, killing 7 soldiers, the Iraqi defence ministry said.", 7).actorSide).toBe("isis");
  });
  it("reads attacks a state counts on its own forces as not its own deed", () => {
    expect(one("Iran-backed militias have attacked our forces in Iraq 46 times this year, US Central Command said.", 46).actorSide).not.toBe("us_coalition");
    expect(one("About 12 rockets were fired at US and coalition forces at Ain al-Asad, US Central Command said.", 12).actorSide).not.toBe("us_coalition");
    expect(one("US forces in Syria have been attacked at least 31 times since October, the Pentagon said.", 31).actorSide).not.toBe("us_coalition");
    expect(one("Residential districts of the city were shelled 14 times overnight, the Russian Defence Ministry said.", 14).actorSide).toBeNull();
  });
  it("reads 'X said on <date> that its jets had struck' as X acting", () => {
    expect(one("The Israel Defense Forces said on March 3 that its jets had struck about 40 targets in Syria.", 40).actorSide).toBe("other");
  });
  it("reads 'illegal armed formations' as the armed opposition, for the shelling a later toll points back to", () => {
    const text = "Over the past 24 hours, 21 shelling incidents by illegal armed formations were registered, the Russian Centre for Reconciliation said. As a result of the shelling, 2 civilians were killed, the centre said.";
    expect(one(text, 21).actorSide).toBe("rebels");
    expect(one(text, 2).actorSide).toBe("rebels");
  });
  it("does not read other victims in the same toll as the attacker", () => {
    expect(one("One US contractor was killed and three US soldiers and two Iraqi personnel were wounded, the Pentagon said.", 1).actorSide).toBeNull();
  });
  it("reads forces a deed is in support of as its beneficiaries, not its doer", () => {
    expect(one("Coalition jets have carried out 85 air strikes in support of our forces this month, the SDF said.", 85).actorSide).toBe("us_coalition");
  });
});
