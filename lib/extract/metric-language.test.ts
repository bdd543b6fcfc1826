import { describe, expect, it } from "vitest";
import { claims, one } from "./test-helpers";

// Metric readings added in the seventh session's metric tuning, one case per rule.
describe("metric readings of general phrasing", () => {
  it("reads the whole a share is taken of as a base also when an owner names it", () => {
    const text = "The United Nations said around a third of the city's 70,000 residents had fled in the days before it fell.";
    expect(one(text, 70000).metric).toBe("other");
    expect(one(text, 0.3333).metric).toBe("people_displaced");
  });
  it("counts people an aid effort reached as served, not as trapped or displaced", () => {
    expect(one("The UN Office for the Coordination of Humanitarian Affairs said that aid convoys reached about 150,000 people in besieged and hard-to-reach areas in March.", 150000).metric).toBe("other");
    expect(one("OCHA said humanitarian partners had been able to reach only about half of the newly displaced with assistance.", 0.5).metric).toBe("other");
    // (people who reach a place moved themselves)
    expect(one("The UN refugee agency said more than 20,000 civilians had fled and reached the camps at al-Hol.", 20000).metric).toBe("people_displaced");
  });
  it("counts a state's troops that their enemy calls terrorists as soldiers", () => {
    const text = 'Iranian state television announced that 15 missiles had been fired and that at least 80 "American terrorists" had been killed and 200 wounded.';
    expect(one(text, 80).metric).toBe("soldiers_killed");
    expect(one("The Syrian Defence Ministry said 80 terrorists had been killed in Idlib.", 80).metric).toBe("militants_killed");
  });
  it("counts a part by the body it belongs to, and reads the whole past its qualifier", () => {
    const text = "UN envoy Staffan de Mistura has said that no more than 900 of the estimated 8000 fighters in the east belong to the former Nusra Front.";
    expect(one(text, 900).metric).toBe("other");
    expect(one(text, 8000).metric).toBe("other");
    expect(one("The UN envoy said that about 900 of the 8,000 fighters inside were from Jabhat Fateh al-Sham.", 900).metric).toBe("other");
    expect(one("The United Nations said around a third of the city's roughly 70,000 residents had fled.", 0.3333).metric).toBe("people_displaced");
  });
  it("counts artillery rounds fired as an other figure", () => {
    expect(one("A senior US military official said US Marines fired some 30,000 artillery rounds into Raqqa during the battle.", 30000).metric).toBe("other");
  });
  it("counts medics and volunteers killed as civilians, military medics as soldiers", () => {
    expect(one("A rebel spokesman said two Russian warplanes had struck a field hospital in Saida killing 4 medics.", 4).metric).toBe("civilians_killed");
    expect(one("The Syria Civil Defence, the rescue service known as the White Helmets, said four of its volunteers had been killed this week.", 4).metric).toBe("civilians_killed");
    expect(one("The Russian Defence Ministry said two of our military medics were killed and a third was seriously wounded.", 2).metric).toBe("soldiers_killed");
  });
  it("reads a single civilian by the singular of a civilian word", () => {
    expect(one("The Ministry of Health said at the time that one protester had been killed.", 1).metric).toBe("civilians_killed");
    expect(one("The Syrian Observatory for Human Rights said one paramedic was killed in the strike.", 1).metric).toBe("civilians_killed");
  });
  it("counts suicide bombers as people, not aircraft", () => {
    expect(one("The health ministry said two suicide bombers blew themselves up in a crowded clothes market, killing 32 people.", 2).metric).not.toBe("aircraft");
    expect(one("Iraqi security sources said two suicide bombers were killed before they could reach the market.", 2).metric).toBe("militants_killed");
  });
  it("reads a toll's part classed 'as' people of one kind as dead of that kind", () => {
    const text = "HRANA gives a higher figure: 1,190 killed, of whom it identifies 436 as civilians and 435 as members of the security forces.";
    expect(one(text, 436).metric).toBe("civilians_killed");
    expect(one(text, 435).metric).toBe("soldiers_killed");
  });
  it("counts workshops hit as targets, and workshops held as nothing", () => {
    expect(one("The Russian Defence Ministry said its aircraft struck two drone workshops near Idlib.", 2).metric).toBe("targets_hit");
    expect(() => one("The UN mine action service said 40 workshops on mine awareness were held in Raqqa.", 40)).toThrow();
  });
  it("reads flights an airline cancelled or scheduled as no sorties", () => {
    expect(one("Syrian Arab Airlines said on Monday it had cancelled around 100 flights, the Syrian transport ministry said.", 100).metric).toBe("other");
    expect(one("The Russian Defence Ministry said its jets had carried out 100 flights overnight.", 100).metric).toBe("sorties");
  });
  it("reads people who had fled and have returned as returns, by the main verb", () => {
    expect(one("The governor of Homs said more than 15,000 citizens who had left the area because of the fighting have returned to their homes.", 15000).metric).toBe("other");
    expect(one("The UN said 15,000 people who had fled the fighting were sheltering in camps near Azaz.", 15000).metric).toBe("people_displaced");
  });
  it("counts members of the Kurdish Asayish as fighters, not a state's soldiers", () => {
    const text = "According to the AANES, 48 people were killed in the strikes, including 11 civilians and 29 members of the internal security forces (Asayish).";
    expect(one(text, 29).metric).toBe("militants_killed");
    expect(one("The Iraqi Interior Ministry said 3 members of the security forces were killed in Kirkuk.", 3).metric).toBe("soldiers_killed");
  });
  it("counts the wounded who later died as dead", () => {
    const text = "Dr Salman said the number for Nasiriyah that day is 32 dead, and more than 200 wounded. Two more died of their wounds later, so for that week the city's count is 34.";
    expect(one(text, 2).metric).toBe("people_killed");
    expect(one(text, 34).metric).toBe("people_killed");
    expect(one("A Duhok health official told the Tigris Daily that 33 casualties had been brought to hospitals and that 3 of the wounded had died.", 3).metric).toBe("people_killed");
    expect(one("The monitor said 12 civilians were killed in the raid. Another 45 died in hospital.", 45).metric).toBe("civilians_killed");
  });
  it("leaves a verb after 'and' that has its own figure to that figure", () => {
    const text = "The White Helmets said the strikes killed at least nine civilians including three children and wounding more than 75 others in the camps.";
    expect(one(text, 3).metric).toBe("civilians_killed");
    expect(one("The monitor said the raid killed 12 civilians and wounded 30.", 30).metric).toBe("people_injured");
  });
  it("reads a figure just before a speaker opening with 'the' as a count, not the number of speakers", () => {
    const text = "BAGHDAD Jan 21 Tigris Daily Two suicide bombers blew themselves up in a market on Thursday morning killing 32 people and wounding 110 the health ministry said.";
    expect(one(text, 110).metric).toBe("people_injured");
    expect(claims("Two Syrian officials said the strikes killed 12 people.").map((c) => c.value)).toEqual([12]);
  });
  it("counts a bare 'one' right after a verb of harm as a person", () => {
    expect(one("CENTCOM said a Coalition strike on ISIS fighters unintentionally killed 3 civilians and injured one more.", 1).metric).toBe("people_injured");
    const c = claims("The Iraqi Interior Ministry said the blast killed one and wounded two.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[1, "people_killed"], [2, "people_injured"]]);
    expect(claims("The Iraqi Interior Ministry said it was one of the worst attacks this year.")).toHaveLength(0);
  });
  it("counts animals killed as an other figure", () => {
    expect(one("The Turkish Interior Ministry said more than 50 mules had been killed in the air strikes.", 50).metric).toBe("other");
  });
  it("counts health facilities as targets only when something was done to them", () => {
    expect(() => one("The Orontes Medical Alliance said it supports 37 health facilities in Idlib and Aleppo governorates.", 37)).toThrow();
    expect(one("The WHO said Russian air strikes had destroyed 12 health facilities in Idlib since April.", 12).metric).toBe("targets_hit");
  });
  it("counts families who spent the night away from home as displaced", () => {
    expect(one("A local official in the Zeraka district told the UN that about 40 families had spent the night with relatives elsewhere in the city.", 40).metric).toBe("people_displaced");
  });
  it("lets facilities listed after targets share their verb", () => {
    const text = "CENTCOM says coalition aircraft destroyed 11 Islamic State fighting positions, two bridges the group had used and a command post.";
    expect(one(text, 2).metric).toBe("targets_hit");
  });
  it("counts air defence batteries and radars destroyed as targets", () => {
    expect(one("The Israeli military said its jets destroyed five Syrian air defence batteries overnight.", 5).metric).toBe("targets_hit");
  });
  it("reads people who want or plan to leave as not displaced", () => {
    expect(claims("OCHA said a survey carried out at the time found that 95 percent of residents wanted to leave.").some((c) => c.metric === "people_displaced")).toBe(false);
    expect(one("OCHA said 2,000 residents wanted to leave, and 500 had fled already.", 500).metric).toBe("people_displaced");
  });
  it("counts invaders and occupiers as fighters, a state's as its soldiers", () => {
    expect(one('The SDF said on 14 October that its fighters had killed 75 "invaders" in a single day near Ras al-Ain.', 75).metric).toBe("militants_killed");
    expect(one("Kataib Hezbollah said it had killed 40 American occupiers.", 40).metric).toBe("soldiers_killed");
  });
  it("reads places fire fell into as where it landed, not ground taken", () => {
    expect(claims("John Kerry said the regime had fired rockets loaded with a nerve agent into 12 neighbourhoods of the eastern suburbs.").some((c) => c.metric === "territory")).toBe(false);
    expect(one("The Syrian Observatory for Human Rights said pro-government forces had pushed into 14 villages in southern Idlib.", 14).metric).toBe("territory");
  });
  it("keeps what the outlet's own 'we' found as the outlet's figure", () => {
    const c = claims("In the satellite images we identified at least three impact craters within 100 metres of the school.");
    expect(c.map((x) => [x.value, x.metric, x.side])).toEqual([[3, "other", "media"]]);
    expect(claims("About 30 buildings stand in the village.")).toHaveLength(0);
  });
  it("keeps what the outlet's own 'we' can account for", () => {
    expect(one("We can account for at least eight craters on and around one private property.", 8).side).toBe("media");
  });
  it("counts facilities still in service as an other figure", () => {
    expect(one("The WHO said that by the end of October, only six hospitals were still partly functioning.", 6).metric).toBe("other");
    expect(() => one("The WHO said there are six hospitals in the city.", 6)).toThrow();
  });
  it("counts 'one of the missiles' that landed or struck as one missile", () => {
    expect(one("The IRGC said only one of the six missiles had landed in Deir ez-Zor, and that three had crashed in Iraq.", 1).metric).toBe("missiles");
    expect(() => one("The ministry said one of the missiles was a new model.", 1)).toThrow();
  });
  it("reads 'of them' after missiles named in the sentence as missiles", () => {
    const text = "SANA quoted a military source as saying that Israeli aircraft had fired missiles from over Lebanon and that Syrian air defences had shot down 11 of them.";
    expect(one(text, 11).metric).toBe("missiles");
    expect(one("The Syrian Observatory for Human Rights said Russian jets fired missiles at a convoy of fighters and killed 27 of them.", 27).metric).toBe("militants_killed");
  });
  it("counts the last of a list of attack times that drops 'times' as strikes", () => {
    const text = "Pentagon press secretary Brig. Gen. Pat Ryder told reporters that US and coalition forces had been attacked at least 66 times since 17 October - 32 times in Iraq and 34 in Syria.";
    expect(one(text, 34).metric).toBe("strikes");
  });
  it("reads 'N killed and wounded' as casualties, not a toll", () => {
    expect(one('The Iraqi Defence Ministry said total losses among Iraqi forces were "not more than 115 killed and wounded".', 115).metric).toBe("other");
    expect(one("The Iraqi Defence Ministry said 12 killed and 30 wounded.", 12).metric).toBe("people_killed");
  });
  it("counts battalions and brigades as the size of a force, not aircraft", () => {
    expect(one("Fars said the operation involved 2 artillery battalions and drones.", 2).metric).toBe("other");
    expect(one("The Syrian Defence Ministry said it had moved at least two army brigades closer to the province.", 2).metric).toBe("other");
  });
});
