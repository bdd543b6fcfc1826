import { describe, expect, it } from "vitest";
import { claims } from "./test-helpers";

const values = (s: string) => claims(s).map((c) => c.value);

describe("not claims", () => {
  it("skips dates, date ranges and years", () => {
    expect(values("Russia's Defence Ministry says 13 armed drones attacked its bases overnight on January 5-6.")).toEqual([13]);
    expect(values("The YPG retook the town on 26-27 January 2015.")).toEqual([]);
    expect(values("Since 2014 the coalition has said little, the Pentagon said on April 7.")).toEqual([]);
  });
  it("skips clock times, ages and durations", () => {
    expect(values("The missiles were fired between 3:42 a.m. and 3:56 a.m. Moscow time, the ministry said.")).toEqual([]);
    expect(values("One of the survivors, a 14-year-old boy, lost both of his parents.")).toEqual([]);
    expect(values("Russia announced a daily pause of five hours from 9 am to 2 pm.")).toEqual([]);
  });
  it("reads digits glued after letters as part of a model name, not a count", () => {
    const c = claims("Four RAF Tornado GR4 jets fired Storm Shadow cruise missiles at a former missile base, the Ministry of Defence said.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[4, "aircraft"]]);
  });
  it("reads a number between a name and a singular weapon as the model's, not a count", () => {
    expect(claims("The researchers said the cadets had been killed by a Chinese-made Blue Arrow 7 missile fired from a Wing Loong 2 drone.")).toEqual([]);
    expect(claims("The ministry said Hezbollah fired 40 rockets and the army lost 3 aircraft.").map((c) => c.value)).toEqual([40, 3]);
  });
  it("reads a figure after a month as a count when it cannot be a day or a year", () => {
    const c = claims("The UN human rights chief said at least 450 civilians had been killed in north western Syria since the end of April 103 of them in the past 10 days alone.");
    expect(c.map((x) => x.value)).toEqual([450, 103]);
    expect(claims("The monitor said 12 civilians were killed on April 23 in Idlib.").map((x) => x.value)).toEqual([12]);
  });
  it("skips a yardstick after 'than the'", () => {
    const c = claims("SDF officials said about 66,000 people had left the enclave since January, far more than the few thousand that commanders had expected.");
    expect(c.map((x) => x.value)).toEqual([66000]);
  });
  it("skips weapon and aircraft models", () => {
    const c = claims("According to the ministry, the strike wrecked six MiG-23 jets, as well as an S-400 battery and T-72 tanks.");
    expect(c.map((x) => x.value)).toEqual([6]);
    expect(c[0].unit).toBe("MiG-23 jets");
  });
  it("skips resolution, page, phone and bulletin numbers, 24/7 and copyright lines", () => {
    expect(values("Security Council resolution 2401, adopted unanimously, demanded a ceasefire.")).toEqual([]);
    expect(values("Page 3 of 3")).toEqual([]);
    expect(values("Duty editor: +44 20 7946 0123 (24/7). Next bulletin: No. 4/2018.")).toEqual([]);
    expect(values("© 2024 SAUDI RESEARCH & PUBLISHING COMPANY, 25 Rights Reserved")).toEqual([]);
    expect(values("2) HMEIMIM AND TARTUS: DRONE SWARM REPULSED")).toEqual([]);
  });
  it("skips ordinals and votes", () => {
    expect(values("The centre said a third corridor had opened for civilians.")).toEqual([]);
    expect(values("The Federation Council has voted 162-0 to let Putin deploy the armed forces abroad.")).toEqual([]);
  });
});

describe("more non-claims", () => {
  it("skips ages in apposition and bare breakdowns", () => {
    expect(values("I met Umm Ahmed, 52, in a tent at the camp.")).toEqual([]);
    // a camp's people are displaced, so the share of them that are children is a breakdown of a claim, kept
    expect(values("The camp holds more than 73,000 people, according to the United Nations, two-thirds of them children.")).toEqual([73000, 0.6667]);
    expect(values("The town had 20,000 people before the war, two-thirds of them children.")).toEqual([]);
  });
  it("does not read 'missing' as killed in a list", () => {
    const c = claims("The Syrian army said 49 men had been killed and 643 were missing after being detained.");
    expect(c.map((x) => [x.value, x.metric])).toEqual([[49, "people_killed"], [643, "other"]]);
  });
  it("drops tolls of disasters that are no part of the war", () => {
    expect(claims("ANCHOR: In other news, the death toll from the earthquake in Albania has risen to 51.")).toHaveLength(0);
    expect(claims("A spokesman for Jazira Storm said the SDF had taken 27 villages.").map((c) => c.value)).toEqual([27]);
  });
  it("reads a figure after a heading word as a figure, not a record field", () => {
    expect(values("Video: 2 Turkish tanks destroyed, YPG claims (1:32)")).toEqual([2]);
    expect(values("word_count: 356")).toEqual([]);
  });
  it("skips a bulletin's section numbers but keeps a decimal figure", () => {
    const c = claims("1.2 The UN estimates that 8.8 million people across Syria have been displaced.");
    expect(c.map((x) => x.value)).toEqual([8800000]);
  });
  it("keeps a disaster's toll inside the theatre", () => {
    expect(claims("The death toll from the earthquakes in north-west Syria has risen to more than 4,500, according to the health authorities.").map((c) => c.value)).toEqual([4500]);
  });
  it("skips footnote markers, sample sizes and the interviews a footnote cites", () => {
    const c = claims("SDRM documented 40 deaths, the group said.[11]\n\n[12] SDRM interviews 4, 11 and 19; price survey (n = 64 households).");
    expect(c.map((x) => x.value)).toEqual([40]);
  });
  it("skips a post's engagement counts", () => {
    expect(claims("At least 5 people were killed, the Observatory said.\n\u21bb 3.4K  \u2665 5.1K\n\n1.2k shares")).toHaveLength(1);
  });
  it("skips the first day of a pair of dates ('on 30 and 31 August')", () => {
    const text = "The Pentagon said US jets carried out six air strikes near Sinjar on 8 and 9 August.";
    expect(claims(text).map((c) => c.value)).toEqual([6]);
  });
  it("skips a model number whose hyphen was lost in scraping ('a Russian Su 25')", () => {
    expect(claims("Rebels shot down a Russian Su 24 over Latakia on Monday, killing one pilot, the Observatory said.").some((c) => c.value === 24)).toBe(false);
  });
  it("skips a fact-check's rating on its scale ('3 on our 5-point scale')", () => {
    expect(claims("Verdict: MISLEADING (2 on our 5-point scale). The ministry said 40 missiles were fired.").map((c) => c.value)).toEqual([40]);
  });
  it("skips the sites an attack was launched from ('fired 16 missiles from three sites')", () => {
    expect(claims("The Pentagon said Iran had fired 12 ballistic missiles from two sites inside Iran.").map((c) => c.value)).toEqual([12]);
  });
  it("reads the whole a share of vehicles is taken of as a count of things, not a loss", () => {
    const c = claims("The United Nations says 9 of the 24 trucks in the aid convoy were destroyed.");
    expect(c.find((x) => x.value === 9)?.metric).toBe("vehicles_destroyed");
    expect(c.find((x) => x.value === 24)?.metric).toBe("other");
  });
  it("reads the age after the last name of a list as no count", () => {
    const text = "The two soldiers killed were identified as Sgt. Omar Reyes, 29, and Spc. Dana Whitfield, 22.";
    expect(claims(text).some((c) => c.value === 22 || c.value === 29)).toBe(false);
    expect(claims("The raid killed 22.").some((c) => c.value === 22)).toBe(true);
  });
  it("reads a condition opening after a colon as asserting nothing", () => {
    const text = "That offer was a gamble on arithmetic: if fewer than one fighter in eight belongs to the group Russia says it is fighting, what justifies bombing the other seven, and the 275,000 who live around them?";
    expect(claims(text)).toHaveLength(0);
    expect(claims("The Syrian Observatory for Human Rights said 22 civilians were killed: if the count holds, it is the worst week of the year.").some((c) => c.value === 22)).toBe(true);
  });
  it("reads the people a report interviewed as its method, not a claim", () => {
    const c = claims("Human Rights Watch, which interviewed 14 residents and first responders, said at least 38 people were killed in the attack.");
    expect(c.map((x) => x.value)).toEqual([38]);
    expect(claims("Amnesty International said its researchers spoke to 23 survivors, doctors and local officials.").some((x) => x.value === 23)).toBe(false);
  });
});
