import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";

describe("metric from the counted phrase and its verb", () => {
  it("counts operations, mass graves and aid kits as other figures, commandos as soldiers", () => {
    expect(one("US Central Command said it carried out 313 operations against the group in 2022.", 313).metric).toBe("other");
    expect(one("The Yazidi Documentation Organisation (YDO) counts 83 mass graves in the district.", 83).metric).toBe("other");
    expect(one("The ministry said 14 commandos were killed in the ambush.", 14).metric).toBe("soldiers_killed");
    // (a grave site is a place of burial, not a target hit)
    expect(one("UN investigators said they had found 31 mass grave sites around the town.", 31).metric).toBe("other");
    // (oil infrastructure hit is a target: "destroyed 14 refineries and nine pumping stations")
    expect(one("The Russian Defence Ministry said its jets destroyed 14 refineries and nine oil pumping stations.", 14).metric).toBe("targets_hit");
    expect(one("The Russian Defence Ministry said its jets destroyed 14 refineries and nine oil pumping stations.", 9).metric).toBe("targets_hit");
  });
  it("counts barrels, massacres and cells as other figures", () => {
    expect(one("Iraqi oil ministry officials said the field was pumping 350,000 barrels a day.", 350000).metric).toBe("other");
    expect(one("The Syrian Observatory for Human Rights said it had recorded 9 massacres in the province in May.", 9).metric).toBe("other");
    expect(one("Turkish interior ministry officials said police had dismantled 6 cells in the capital.", 6).metric).toBe("other");
  });
  it("counts protesters killed as civilians and protesters wounded as injured", () => {
    expect(one("Rights groups said security forces shot dead 11 protesters in Basra.", 11).metric).toBe("civilians_killed");
    expect(one("Rights groups said 40 demonstrators were wounded in Basra.", 40).metric).toBe("people_injured");
  });
  it("counts vehicle-borne bombs and booby-trapped vehicles destroyed as vehicles", () => {
    expect(one("CJTF-OIR said coalition aircraft destroyed 12 fighting positions and 3 vehicle-borne bombs near Mosul.", 3).metric).toBe("vehicles_destroyed");
  });
  it("counts power and water stations hit as targets, not a bare count", () => {
    expect(one("The Kurdish-led administration said Turkish drones had hit 6 power stations in Hasakah.", 6).metric).toBe("targets_hit");
  });
  it("counts caves destroyed as targets and comrades-in-arms martyred as the speaker's soldiers", () => {
    const text = "The Turkish Defence Ministry said 21 caves used by the terrorists were destroyed and 2 of our comrades-in-arms were martyred.";
    expect(one(text, 21).metric).toBe("targets_hit");
    expect(one(text, 2).metric).toBe("soldiers_killed");
  });
  it("reads 'the number of X since <date> has risen to N' past the date", () => {
    expect(one("The Turkish Defence Ministry said the number of terrorists neutralised since 1 March 2022 has risen to 412.", 412).metric).toBe("militants_killed");
  });
  it("counts people who took refuge somewhere or escaped a place as displaced", () => {
    expect(one("The UN refugee agency said some 6,500 villagers had taken refuge in the mountains.", 6500).metric).toBe("people_displaced");
    expect(one("The UN refugee agency said about 3,000 civilians had escaped from the old city this week.", 3000).metric).toBe("people_displaced");
  });
  it("counts 'killings of civilians' as civilians killed", () => {
    expect(one("Amnesty International said it had documented 58 killings of civilians in the town.", 58).metric).toBe("civilians_killed");
  });
  it("counts migrants, patients, paramedics, doctors, nurses and health workers killed as civilians", () => {
    expect(one("The health ministry in Gaza City said 14 paramedics were killed in the strike.", 14).metric).toBe("civilians_killed");
    expect(one("The IOM said 31 migrants were killed when the boat was shelled.", 31).metric).toBe("civilians_killed");
    expect(one("The Syrian American Medical Society said nine health workers had been killed this month.", 9).metric).toBe("civilians_killed");
  });
  it("counts people taken to or admitted to hospital, or with breathing difficulties after an attack, as injured", () => {
    expect(one("Health officials said 58 people had been admitted to hospital after the chlorine attack.", 58).metric).toBe("people_injured");
    expect(one("The Observatory said 23 people were suffering breathing difficulties.", 23).metric).toBe("people_injured");
  });
  it("reads 'seven soldiers and one civilian' as two figures sharing the list's verb past a modifier", () => {
    expect(one("Seven soldiers and one civilian working for the army were killed in the shelling.", 7).metric).toBe("soldiers_killed");
    expect(one("Seven soldiers and one civilian working for the army were killed in the shelling.", 1).metric).toBe("civilians_killed");
    expect(one("Seven soldiers and one civilian who worked for the army had been killed.", 7).metric).toBe("soldiers_killed");
  });
  it("reads counted nouns", () => {
    expect(one("This month alone, Russian warplanes have flown 990 missions, destroying 40 armored vehicles, Rudskoi said.", 40).metric).toBe("vehicles_destroyed");
    expect(one("This month alone, Russian warplanes have flown 990 missions, Rudskoi said.", 990).metric).toBe("sorties");
    expect(one("The Russian defense ministry said it hit 60 Islamic State targets over the last day.", 60).metric).toBe("targets_hit");
    expect(one("Four Russian cruise missiles crashed in Iran, a United States official said.", 4).metric).toBe("missiles");
  });
  it("reads who was killed from the noun and the verb", () => {
    expect(one("The ministry said air strikes killed 300 anti-Assad rebels.", 300).metric).toBe("militants_killed");
    expect(one("The monitor said 204 civilians had been killed by Turkish air strikes.", 204).metric).toBe("civilians_killed");
    expect(one("The military put the number of Turkish soldiers killed at 41.", 41).metric).toBe("soldiers_killed");
    expect(one("The governor said that five people had died and seven had been wounded.", 5).metric).toBe("people_killed");
    expect(one("The governor said that five people had died and seven had been wounded.", 7).metric).toBe("people_injured");
  });
  it("reads 'members of' by the body they belong to", () => {
    expect(one("Nine members of the Syrian army, including an officer, were killed in an ambush.", 9).metric).toBe("soldiers_killed");
    expect(one("Five members of the Islamic State group were killed in the raid, the army said.", 5).metric).toBe("militants_killed");
    expect(one("Seven members of one family were killed, the Observatory said.", 7).metric).toBe("civilians_killed");
    expect(one("The raids killed at least eight people, among them five members of Iran-backed groups, the Observatory said.", 5).metric).toBe("militants_killed");
    expect(one("Four members of the civil defence were killed, the Observatory said.", 4).metric).toBe("civilians_killed");
    expect(one("Twelve members of the local council were killed, the Observatory said.", 12).metric).toBe("people_killed");
  });
  it("reads coordinated groups of people as one, and a list that goes on 'along with'", () => {
    const text = "According to the monitor, at least 150 government soldiers and allied militiamen have been killed by IS cells since January, along with more than 200 civilians.";
    expect(one(text, 150).metric).toBe("people_killed");
    expect(one(text, 200).metric).toBe("civilians_killed");
    expect(one("The army killed 12 soldiers and wounded 30, officials said.", 12).metric).toBe("soldiers_killed");
  });
  it("reads a combined salvo of drones and missiles as missiles", () => {
    expect(one("Iran launched more than 300 drones and missiles at Israel, the Israeli military said.", 300).metric).toBe("missiles");
    expect(one("Turkish drones destroyed 12 tanks, the ministry said.", 12).metric).toBe("vehicles_destroyed");
  });
  it("reads bodies recovered as deaths and people without homes as displaced", () => {
    expect(one("The group also said it had recovered the bodies of 2,172 people.", 2172).metric).toBe("people_killed");
    expect(one("Shelter Cluster partners estimate that up to 11,000 families have lost their homes in Jandairis, OCHA said.", 11000).metric).toBe("people_displaced");
    expect(one("An estimated 86,000 people are staying in collective centres and reception sites, OCHA said.", 86000).metric).toBe("people_displaced");
  });
  it("keeps a force's size in the outlet's own voice, but not its other bare counts", () => {
    const c = claims("About 2,500 US troops remain in Iraq and some 900 in Syria. The base has 40 buildings.");
    expect(c.map((x) => [x.value, x.metric, x.side])).toEqual([[2500, "other", "media"], [900, "other", "media"]]);
  });
  it("ends a counted phrase at a verb after 'and', not at a participle that qualifies a noun", () => {
    expect(claims("In the same year we carried out 312 operations and killed 68 terrorists, the army said.").map((c) => [c.value, c.metric])).toEqual([[312, "other"], [68, "militants_killed"]]);
  });
  it("reads refugees who returned as returns, and shelling incidents as strikes", () => {
    expect(one("Over the past 24 hours, 812 refugees returned to Syria from Lebanon, the Reconciliation Centre said.", 812).metric).toBe("other");
    expect(one("The Reconciliation Centre said 37 shelling incidents were registered in the Idlib zone.", 37).metric).toBe("strikes");
  });
  it("reads an official document in translation as its issuer's", () => {
    const text = "BULLETIN OF THE RUSSIAN CENTRE FOR RECONCILIATION OF THE OPPOSING SIDES (4 February 2020)\n\nUnofficial translation.\n\nAs a result of the shelling, 3 civilians were killed and 9 were injured.";
    expect(one(text, 3).side).toBe("russia");
  });
  it("reads seizures of pills and smugglers killed", () => {
    expect(one("Iraq's interior ministry reported that it seized about 6 million pills in Anbar.", 6000000).metric).toBe("other");
    expect(one("The Jordanian army said it killed 27 smugglers in one night.", 27).metric).toBe("people_killed");
  });
  it("reads an event named as a noun before 'of' as what befell the people after it", () => {
    const text = "The attack resulted in the martyrdom of 9 members of the Federal Police and the injury of 2 others, the Security Media Cell said.";
    expect(one(text, 9).metric).toBe("soldiers_killed");
    expect(one(text, 2).metric).toBe("people_injured");
    expect(one("SANA said these attacks claimed the lives of 11 people and injured 37 others.", 11).metric).toBe("people_killed");
  });
  it("reads detentions in a list, medical evacuations, hosted people and a group's own members", () => {
    const text = "US Central Command said it carried out 313 operations against the group in 2022, killing 686 of its members and detaining 374.";
    expect(one(text, 686).metric).toBe("militants_killed");
    expect(one(text, 374).metric).toBe("other");
    expect(one("The Kurdish Red Crescent said it evacuated 60 patients from the national hospital.", 60).metric).toBe("other");
    expect(one("At the peak, collective shelters hosted about 4,200 people, OCHA said.", 4200).metric).toBe("people_displaced");
    expect(one("Al-Asad hosts about 1,000 US and coalition personnel, a Pentagon official said.", 1000).metric).toBe("other");
  });
  it("reads aid items as counted things and arrivals as displacement", () => {
    expect(one("The Shelter Cluster has distributed 9,800 blankets and 2,100 winter kits, OCHA said.", 2100).metric).toBe("other");
    expect(one("Local authorities in Raqqa report that at least 41,000 people arrived in the city between 2 and 8 December.", 41000).metric).toBe("people_displaced");
    expect(claims("The ministry gave his age as 29. The army said he was aged 31.")).toHaveLength(0);
  });
  it("ends a people phrase at 'of' and reads the body after it", () => {
    expect(one("A car bomb exploded, killing six members of Jordan's security forces and wounding 14, the army said.", 6).metric).toBe("soldiers_killed");
    expect(one("The Central Criminal Court sentenced 40 men to death in one trial, Human Rights Watch said.", 40).metric).toBe("other");
  });
  it("reads shells and mortar rounds fired as missiles, as the training labels do", () => {
    expect(one("Local officials said Iranian forces had fired more than 200 shells since 24 September.", 200).metric).toBe("missiles");
  });
  it("reads a bare count that struck or landed, just after missiles were counted, as missiles", () => {
    const text = "The Pentagon said Iran had fired 16 ballistic missiles from three sites. Eleven of them struck Ain al-Asad, one hit a base near Erbil, and four failed in flight. Every one of them hit its target, a general said.";
    const c = claims(text).map((x) => [x.value, x.metric]);
    expect(c).toContainEqual([11, "missiles"]);
    expect(c).toContainEqual([4, "missiles"]);
    expect(c.filter(([v]) => v === 1)).toHaveLength(1);
  });
  it("reads a civilian contractor killed as a person killed, as the labels do", () => {
    expect(one("The attack killed one US civilian contractor and wounded six Americans, the Pentagon said.", 1).metric).toBe("people_killed");
  });
  it("reads people still inside a besieged place as trapped, and arrivals and bussed families as displaced", () => {
    expect(one("The UN estimated last month that some 78,000 civilians were still inside the pocket.", 78000).metric).toBe("people_trapped");
    expect(one("The crisis committee said about 15,000 people had remained in Amerli throughout the siege.", 15000).metric).toBe("people_trapped");
    expect(one("The hospital said 27 people were still in intensive care.", 27).metric).not.toBe("people_trapped");
    expect(one("UNHCR said its teams counted 2,100 arrivals on Wednesday alone.", 2100).metric).toBe("people_displaced");
  });
  it("reads murders and killings as deaths", () => {
    expect(one("\"In the first eight months of this year, 44 people were murdered in the camp,\" she said.", 44).metric).toBe("people_killed");
    expect(one("She said the camp administration had recorded 126 killings since the start of 2021.", 126).metric).toBe("people_killed");
  });
  it("reads displacement, sieges and territory", () => {
    expect(one("The United Nations says nearly 950,000 people have fled their homes.", 950000).metric).toBe("people_displaced");
    expect(one("The United Nations estimates that about 400000 people are trapped inside the pocket.", 400000).metric).toBe("people_trapped");
    expect(one("The monitor said government forces now controlled about 83 percent of Eastern Ghouta.", 83).metric).toBe("territory");
  });
  it("resolves elided nouns and breakdowns", () => {
    const c = claims("The health directorate says 100 people were killed and more than 400 were injured.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[100, "people_killed"], [400, "people_injured"]]);
    expect(one("The monitor counted 414 dead among the Turkish army and its allies, 71 of them Turkish soldiers.", 71).metric).toBe("soldiers_killed");
    expect(one("Russia's Defence Ministry said only 23 of the US cruise missiles had reached their target.", 23).metric).toBe("missiles");
  });
  it("does not start a counted phrase at a linking word after the figure", () => {
    const c = claims("The car bomb killed 12 and wounded 30 near the checkpoint, the interior ministry said.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[12, "people_killed"], [30, "people_injured"]]);
    expect(one("The UN said it had recorded 39 attacks on medical facilities and 50 on schools over the same period.", 50).metric).toBe("strikes");
    expect(one("Officials say the RAF has flown some 8,000 sorties, about a tenth of them by Reapers.", 0.1).metric).toBe("sorties");
  });
  it("reads 'of them' as the people named before the figure in its sentence", () => {
    const c = one("State media said government forces had repelled an attack by Nusra Front militants near the town and killed 27 of them.", 27);
    expect(c.metric).toBe("militants_killed");
  });
  it("reads evacuations by bus and departures as displacement", () => {
    expect(one("The Red Cross said about 35,000 people had been bussed out to rural Aleppo.", 35000).metric).toBe("people_displaced");
    expect(one("Foreign Minister Mevlut Cavusoglu said some 45,000 people had been brought out of the city.", 45000).metric).toBe("people_displaced");
    expect(one("The UN says nearly half of the city's former residents crossed to government-held areas.", 0.5).metric).toBe("people_displaced");
  });
  it("reads the verb past a long aside", () => {
    expect(one("The ministry said that in the last week 304 militants, among them 27 foreign mercenaries from countries of the former Soviet Union, have been eliminated near the city.", 304).metric).toBe("militants_killed");
  });
  it("reads vehicles as losses only where the sentence says something was destroyed or lost", () => {
    expect(one("Russia's Defence Ministry said about 300 tanks took part in the exercise.", 300).metric).toBe("other");
    expect(one("The coalition said those strikes destroyed 64 fighting positions, 12 vehicles and three tunnels.", 12).metric).toBe("vehicles_destroyed");
    expect(one("A commander said his units had captured 14 tanks and a depot.", 14).metric).toBe("vehicles_destroyed");
    expect(one("The UN humanitarian office says 17 aid flights had landed at Aleppo since February.", 17).metric).toBe("other");
  });
  it("reads a share of a named place or of a region of it as ground where ground changes hands", () => {
    expect(one("Within two weeks government forces held about three quarters of the east, according to the Observatory.", 0.75).metric).toBe("territory");
    expect(one("The coalition says the SDF have taken 95 percent of Baghuz.", 95).metric).toBe("territory");
  });
  it("reads 'numbered about 1500' as the size of the group named before", () => {
    const c = claims("Rebels said they would not leave. A rebel commander told a news agency that his fighters numbered about 1500 and would fight street by street.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[1500, "other"]]);
  });
  it("reads weapons launched as missiles and a share of residents who left as displaced", () => {
    expect(one("The Pentagon says the allies launched 105 weapons at three targets.", 105).metric).toBe("missiles");
    expect(one("Officials say the RAF has dropped or fired more than 3,400 weapons.", 3400).metric).toBe("other");
    expect(one("Aid workers say about 90 percent of the city's residents have now left.", 90).metric).toBe("people_displaced");
  });
  it("reads a share of a city as ground only where ground changes hands", () => {
    expect(claims("The United Nations said about 80 percent of the city was uninhabitable.").filter((c) => c.metric === "territory")).toEqual([]);
    expect(one("Iraqi forces have retaken about 95 percent of Tal Afar, the army said.", 95).metric).toBe("territory");
    expect(one("In Raqqa the terrorists are now confined to less than 40 percent of the city, the ministry said.", 40).metric).toBe("territory");
  });
  it("reads people in a city during the siege as trapped", () => {
    expect(one("The ministry said the city had about 90,000 residents during the siege.", 90000).metric).toBe("people_trapped");
  });
  it("reads the people a camp holds as displaced", () => {
    expect(one("The camp now holds more than 73,000 people, according to the United Nations.", 73000).metric).toBe("people_displaced");
  });
  it("reads members of one family as civilians", () => {
    expect(one("The monitor said a coalition strike on a building on Monday killed 11 members of one family.", 11).metric).toBe("civilians_killed");
    expect(one("The army said it killed 11 members of the group.", 11).metric).toBe("people_killed");
  });
  it("reads 'Another 45 died' as a toll going on", () => {
    const c = claims("A doctor in Douma said his hospital had treated 320 wounded people in three days. Another 45 died before they could be operated on, he said.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[320, "people_injured"], [45, "people_killed"]]);
  });
  it("reads the whole after a hyphenated share as a base, not the share's event", () => {
    expect(one("Two-thirds of the 400,000 residents have fled, according to the UN refugee agency.", 400000).metric).not.toBe("people_displaced");
  });
  it("reads the whole of a counted part as a base unless a participle names its event", () => {
    expect(one("Medecins Sans Frontieres said 16 of the 28 patients it treated had died.", 28).metric).toBe("other");
    expect(one("The monitor said 31 of the 39 people killed were civilians.", 39).metric).toBe("people_killed");
  });
  it("does not report bare counts of things nobody claims", () => {
    expect(claims("Under a plan that applies to three areas of the country, checkpoints were set up.")).toEqual([]);
  });
});

describe("counted things from the training set's phrasing", () => {
  it("counts car bombs as vehicles and damaged houses as other", () => {
    expect(one("The statement said government forces had destroyed 76 car bombs.", 76).metric).toBe("vehicles_destroyed");
    expect(one("The United Nations says 8,475 houses in the Old City were destroyed.", 8475).metric).toBe("other");
  });
  it("reads 'the western half' as a part, not a share", () => {
    expect(claims("The Observatory said the western half of the city was quiet.")).toEqual([]);
  });
});

describe("phrase boundaries", () => {
  it("ends the counted phrase at its verb and reads quoted verbs", () => {
    expect(one("The Russian Reconciliation Centre said forty eight people left rebel held eastern Aleppo.", 48).metric).toBe("people_displaced");
    expect(one("The General Staff said 453 PKK militants had been \"neutralised\".", 453).metric).toBe("militants_killed");
  });
  it("reads 'were left' as remaining and 'not one' as none", () => {
    expect(one("Local activists said only about 30 doctors were left in the east.", 30).metric).toBe("other");
    expect(claims("Not one fighter had used them, the ministry said.")).toEqual([]);
  });
  it("reads strike-release targets and aid for people named before", () => {
    expect(one("Near Raqqa, 24 strikes engaged 15 ISIS tactical units and destroyed 12 ISIS boats, the coalition said.", 15).metric).toBe("targets_hit");
    expect(one("Near Raqqa, 24 strikes engaged 15 ISIS tactical units and destroyed 12 ISIS boats, the coalition said.", 12).metric).toBe("targets_hit");
    expect(one("The UN refugee agency says 10,500 people have been displaced. It says it has tents for 120,000.", 120000).metric).toBe("other");
  });
  it("reads counts of things, fighters remaining and quoted phrases", () => {
    expect(one("We have 180 reports still under assessment, the coalition said.", 180).metric).toBe("other");
    expect(one("We assess there are about 2,500 ISIS fighters left inside, the coalition said.", 2500).metric).toBe("other");
    expect(one("The Russian military said its pilots had destroyed 200 \"terrorist\" weapons stores.", 200).metric).toBe("targets_hit");
    expect(one("The World Food Programme says 44 trucks will carry enough food for 40,000 people.", 44).metric).toBe("other");
    expect(one("The Iraqi government said last week 1,200 soldiers had died in the Mosul campaign.", 1200).metric).toBe("soldiers_killed");
  });
  it("reads 'killing 44' after a count of raids as people", () => {
    const cs = claims("Activists report 3 air raids on Maarat al-Numan market, killing 44.");
    expect(cs.find((c) => c.value === 3)?.metric).toBe("strikes");
    expect(cs.find((c) => c.value === 44)?.metric).toBe("people_killed");
    expect(cs[0].side).toBe("rebels");
  });
  it("reads possessives scraped of their apostrophe", () => {
    expect(one("Russias Defence Ministry said 52 civilians had left through a humanitarian corridor", 52).side).toBe("russia");
  });
  it("reads whose men a state or a group lost, and wounded people moved", () => {
    const ctsMen = one("The Counter Terrorism Service said it had lost 14 of its men in the past week.", 14);
    expect(ctsMen.metric).toBe("soldiers_killed");
    expect(ctsMen.actorSide).toBeNull();
    expect(one("A Nusra commander said 36 of the group's men had been killed.", 36).metric).toBe("militants_killed");
    expect(one("The Lebanese Red Cross said it had transferred 16 wounded people to hospitals.", 16).metric).toBe("people_injured");
    expect(one("In its final statement the General Staff said 2,647 Daesh members and 453 PKK/PYD militants had been \"neutralised\".", 2647).metric).toBe("militants_killed");
  });
  it("reads a local body nobody named before as someone other than the outlet", () => {
    expect(one("The municipality says 8,475 houses in the Old City were destroyed.", 8475)).toMatchObject({ side: "other", metric: "other" });
  });
  it("reads volunteers 'left in' a town as still there, and a rescue group's men as no fighters", () => {
    expect(one("The civil defence said it has 120 volunteers left in Douma.", 120).metric).toBe("other");
    expect(one("The civil defence said six of our men were killed this month.", 6).metric).toBe("people_killed");
  });
  it("reads 'killing 44' with no noun as people killed", () => {
    expect(one("A car bomb exploded in Azaz on Monday, killing at least 44, the Observatory said.", 44)).toMatchObject({ metric: "people_killed", qualifier: "at_least" });
  });
});
