import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";

describe("transcripts and press releases", () => {
  it("binds an unknown speaker label to the body named beside the name", () => {
    const text = "PRESS BRIEFING BY COL. SEAN RYAN OF THE US-LED COALITION\n\nCOL. SEAN RYAN: In the past week we conducted 82 strikes in Syria.";
    expect(one(text, 82).side).toBe("us_coalition");
  });
  it("gives unattributed statements of a press release to its issuer", () => {
    const text = "Press release\n\nFrom: Amnesty International\n\nAt least 300 civilians were killed in the strikes.";
    expect(one(text, 300).claimant).toBe("Amnesty International");
  });
  it("shares the verb after a list of figures", () => {
    const text = "The General Staff said 2,647 Daesh members and 453 militants had been neutralised.";
    expect(one(text, 2647).metric).toBe("militants_killed");
    expect(one(text, 453).metric).toBe("militants_killed");
  });
});

describe("a situation report under a state's formal name", () => {
  it("takes the state's name heading the report for a place, and the body named below it for the issuer", () => {
    const text = "SYRIAN ARAB REPUBLIC: NORTH-WEST SYRIA\nSituation Report No. 3 (as of 4 May 2024)\nOffice for the Coordination of Humanitarian Affairs (OCHA)\n\n- Some 31,000 people have been displaced since 28 April.";
    expect(one(text, 31000).claimant).toBe("UN OCHA");
  });
  it("reads a place adverb between a speaker and its verb", () => {
    expect(one("Local officials there told the agency that 600 families had fled.", 600).claimant).toBe("Local officials");
  });
});

describe("a bare role described in brackets", () => {
  it("names the briefing's issuer, not the description", () => {
    const text = "TRANSCRIPT - Weekly press briefing, Turkish Ministry of National Defence, Ankara\n\nSPOKESPERSON (Rear Admiral, ministry press and public relations adviser): In the last week, 41 terrorists were neutralised.";
    expect(one(text, 41)).toMatchObject({ side: "turkey", claimant: "Turkish Defense Ministry" });
  });
});

describe("a UN meeting record", () => {
  const record = [
    "United Nations Security Council",
    "Provisional record of the 9001st meeting",
    "",
    "The President: I invite the representatives of the Islamic Republic of Iran and the Syrian Arab Republic to participate in this meeting. Fourteen aid workers have been killed in Syria this month.",
    "",
    "Mr. Okafor (Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator): The shelling displaced up to 12,000 people last week.",
    "",
    "Across the north-west, 2.9 million people now depend on aid.",
    "",
    "Mr. Volkov (Russian Federation): According to our information, 140 militants were killed.",
    "",
    "Ms. Hartley-Jones (United States of America): We count 61 strikes on hospitals since January.",
    "",
    "Mr. Şahin (Türkiye): Our forces neutralised 35 terrorists.",
  ].join("\n");
  it("reads honorific labels with the name in mixed case, each turn speaking for the office or state in brackets", () => {
    expect(one(record, 12000).side).toBe("un");
    expect(one(record, 2900000).side).toBe("un");
    expect(one(record, 140).side).toBe("russia");
    expect(one(record, 61).side).toBe("us_coalition");
    expect(one(record, 35).side).toBe("turkey");
  });
  it("takes the President of a UN organ's record for its chair, not the first state the chair names", () => {
    expect(one(record, 14).side).toBe("un");
  });
});

describe("transcript turns over several paragraphs", () => {
  it("keeps the speaker of a turn until the next label", () => {
    const text = "RUDSKOI: Good afternoon.\n\nOur aircraft flew 41 sorties near Palmyra.\n\nQUESTION: Any losses?\n\nRUDSKOI: None.";
    expect(one(text, 41).side).toBe("russia");
  });
  it("gives a bare role label the body that issued the briefing, and a reporter's label the outlet", () => {
    const text = "TRANSCRIPT - Weekly press briefing, Turkish Ministry of National Defence, Ankara\n24 November 2022\n\nSPOKESPERSON (Rear Admiral Zeki Akturk): Good morning.\n\nIn the last week, 254 terrorists were neutralised in the operation area.\n\nQUESTION (Selin Korkmaz, Anka): The Observatory says 11 soldiers were killed. Do you accept that?\n\nCORRESPONDENT (KARIM NASSAR): There were 40 bodies at the morgue this afternoon.";
    expect(one(text, 254).side).toBe("turkey");
    expect(one(text, 11).side).toBe("monitor");
    expect(one(text, 40).side).toBe("media");
  });
  it("reads a record's long-form label and the short label that repeats it", () => {
    const text = "The Minister for the Armed Forces (Mr Graham Ashdown): Since 2014 the RAF has carried out more than 4,300 strikes.\n\nSarah Linton: How many civilians?\n\nMr Ashdown: We have found that one civilian was killed by an RAF strike in 2018.";
    expect(one(text, 4300).side).toBe("us_coalition");
    expect(one(text, 1).side).toBe("us_coalition");
  });
  it("reads a post's header as the speaker of the post", () => {
    const text = "THREAD - official channels\n\n[X] @CENTCOM - 21 Nov 2023, 02:14\nU.S. forces at Al-Asad Air Base were attacked. The attack resulted in eight personnel with minor injuries.\n\n[Telegram] Islamic Resistance in Iraq - 20 Nov 2023, 23:40\nThe mujahideen targeted the Ain al-Asad base with two drones.\n\nAnalysts say 12 attacks came that week.";
    expect(one(text, 8).side).toBe("us_coalition");
    expect(one(text, 2).claimant).toBe("Islamic Resistance in Iraq");
    expect(one(text, 12).side).toBe("other");
  });
  it("reads an interview's hyphenated label as the officer the introduction names", () => {
    const text = "The Iraqi army lost 11 soldiers in January. Lieutenant General Hamid al-Obeidi has led the Diyala Operations Command since 2020.\n\nTigris Monitor: How many attacks?\n\nAl-Obeidi: In December we lost four men in the province. We also arrested 140 suspects at three in the morning.";
    expect(one(text, 4)).toMatchObject({ side: "iraq_gov", metric: "soldiers_killed" });
    expect(claims(text).some((c) => c.value === 3)).toBe(false);
  });
  it("reads a post's account handle as its speaker", () => {
    const text = "@CENTCOM · 21 Nov 2023, 02:14\nU.S. forces at Al-Asad Air Base were attacked; eight personnel had minor injuries.\n\nIslamic Resistance in Iraq (@iraqiresistance) - 20 Nov 2023\nThe mujahideen targeted the base with two drones.";
    expect(one(text, 8).side).toBe("us_coalition");
    expect(one(text, 2).claimant).toBe("Islamic Resistance in Iraq");
  });
  it("reads a broadcast clip's label as its speaker", () => {
    const text = "General Kenneth McKenzie, the head of US Central Command, briefed reporters.\n\nANCHOR: Here is the general.\n\n[CLIP - McKENZIE]: We removed 11 children from the site. The two children were under 12.\n\nANCHOR: Thank you.";
    expect(one(text, 11).side).toBe("us_coalition");
    expect(claims(text).some((c) => c.value === 12)).toBe(false);
  });
  it("reads a guest's label as the body the introduction ties the guest to", () => {
    const text = "ANCHOR (Laith Kubba): Good evening. With me is Dr Hana Salman, a member of the board of the Iraqi High Commission for Human Rights, the state body counting the dead.\n\nDR HANA SALMAN (IHCHR): Thank you.\n\nANCHOR: What is your count?\n\nDR HANA SALMAN: Our monitors have documented the deaths of 511 people since October.";
    expect(one(text, 511).side).toBe("monitor");
  });
  it("does not stretch a headline label over the article", () => {
    const text = "Monitor: 30 civilians killed in Idlib\n\nThe conflict has killed 250,000 people.";
    expect(one(text, 250000).side).toBe("media");
  });
  it("reads lower-case words in a speaker's name and not a prepositional phrase as a title", () => {
    expect(one("The White Helmets civil defence group put the number of dead at 47.", 47).side).toBe("rebels");
    const text = "Russia's defence ministry denied its aircraft had flown any missions in the area. In a statement, it said Russian jets had struck 28 \"terrorist targets\" in Idlib province.";
    expect(one(text, 28)).toMatchObject({ side: "russia", metric: "targets_hit" });
  });
  it("reads unnamed singular sources and does not count the speakers", () => {
    expect(one("An officer said 15 soldiers were killed.", 15).side).toBe("other");
    expect(one("A resident said 20 people were killed.", 20).side).toBe("other");
    const cs = claims("At least 15 Iraqi soldiers were killed when a suicide car bomb hit their convoy near Qaraqosh, two officers told us.");
    expect(cs.map((c) => c.value)).toEqual([15]);
    // "us" in "told us" is no American actor
    expect(cs[0].actorSide).toBeNull();
    expect(one("Kurdish Peshmerga commanders tell our correspondent they destroyed 9 car bombs.", 9).side).toBe("other");
  });
  it("carries the source to a sentence that goes on with 'Another' or 'N more'", () => {
    expect(one("At least 15 Iraqi soldiers were killed in the attack, two officers told us. Another 22 were wounded.", 22).side).toBe("other");
    expect(one("The Observatory said 30 people were killed. Twelve more died in hospital.", 12).side).toBe("monitor");
    expect(one("The Observatory said 30 people were killed.\n\nTwelve more died in hospital.", 12).side).toBe("media");
  });
  it("reads 'figures from X show', a speaker's affiliation after a preposition, and an unnamed 'the army'", () => {
    expect(one("Figures from the UN show that 2.1 million people have been displaced.", 2100000).side).toBe("un");
    expect(one("Data from Airwars shows 1,400 civilians were killed in Raqqa.", 1400).side).toBe("monitor");
    expect(one("\"We found 30 bodies,\" said Ahmed al-Sheikh, a rescuer with the White Helmets.", 30).side).toBe("rebels");
    expect(one("Syrian troops advanced on Sunday. The army said in a statement that 65 terrorists were killed.", 65).side).toBe("syria_gov");
  });
  it("reads a name's affiliation without an article, and 'the civil defence'", () => {
    expect(one("\"Our colleagues have treated more than 1,300 wounded patients this month, and 180 of them died,\" said Pablo Marco, MSF operations manager for the Middle East.", 180).side).toBe("other");
    expect(one("\"Our colleagues have treated more than 1,300 wounded patients this month,\" said Pablo Marco, MSF operations manager.", 1300)).toMatchObject({ claimant: "Medecins Sans Frontieres", metric: "other" });
    expect(one("The civil defence said 96 bodies had been recovered.", 96).side).toBe("rebels");
  });
  it("reads an unnamed 'the ministry' as the ministry of the one country its sentence names", () => {
    expect(one("Russian warplanes flew more than 1,000 sorties in a week, the ministry said.", 1000).side).toBe("russia");
  });
  it("reads a time between speaker and verb, and a number of \"neutralised\" fighters", () => {
    expect(one("The Observatory on Monday said 30 civilians were killed.", 30).side).toBe("monitor");
    expect(one("The Turkish defence ministry tonight put the number of \"neutralised\" fighters at 595.", 595)).toMatchObject({ side: "turkey", metric: "militants_killed" });
    expect(one("The SDF accuse Turkey of killing 43 civilians.", 43).actorSide).toBe("turkey");
  });
  it("reads 'the rights group', 'the charity' as the body named before", () => {
    expect(one("Amnesty International published a report on Raqqa on Tuesday. The rights group said at least 1,600 civilians were killed.", 1600).claimant).toBe("Amnesty International");
    expect(one("Save the Children published figures. The charity said 500 children had been killed.", 500).claimant).toBe("Save the Children");
  });
  it("reads 'a spokesman' as the spokesman of the body just named", () => {
    expect(one("The Pentagon said it was reviewing the strike. A spokesman said 3 civilians may have died.", 3).side).toBe("us_coalition");
  });
  it("reads a hearing record's labels: rank or honorific before a name in capitals, the chair as the committee's voice", () => {
    const text = "SELECT COMMITTEE ON DEFENCE\nOral evidence, session 2\n\nThe CHAIR (Mr Hollis): Colonel Barrow, you were head of air operations at the Ministry of Defence in 2016. I now call Dr Okafor of the Airstrike Casualty Monitoring Group as well.\n\nColonel (ret.) BARROW: Thank you. Our squadron flew 640 sorties over Iraq that year.\n\nThe CHAIR: And the civilian toll?\n\nDr OKAFOR: We documented at least 52 civilians killed in those strikes.";
    expect(one(text, 640).claimant).toBe("Colonel Barrow");
    expect(one(text, 52).side).toBe("monitor");
  });
});

describe("documents that speak for their issuer", () => {
  it("reads a periodic report headed by a body spelled out in capitals with its acronym, before the states it names", () => {
    const text = "IRAQI CENTRE FOR DOCUMENTING VIOLATIONS (ICDV)\nMonthly report: civilian deaths, June 2019\n\nThe truce agreed between the United States and Iran held for most of the month.\n\nICDV documented 214 civilian deaths in June.\n\n- Armed groups killed 37 civilians in Diyala.";
    expect(one(text, 214).side).toBe("monitor");
    expect(one(text, 37).side).toBe("monitor");
  });
  it("reads a guest introduced as 'X, who co-chairs the energy commission of that administration' as that administration's", () => {
    const text = "PRESENTER: In north-east Syria, the Kurdish-led administration says the strikes have hit power stations. I'm joined by Rojda Hemo, who heads the health office of that administration.\n\nROJDA HEMO: Good morning.\n\nPRESENTER: What has been hit?\n\nHEMO: Our teams say Turkish jets have hit 6 bridges, and 23 people were killed.";
    expect(one(text, 23).side).toBe("other");
    expect(one(text, 23).claimant).not.toBe("media");
  });
  it("reads a statement headed 'STATEMENT OF THE MINISTRY OF DEFENCE OF <coalition member>' as that ministry's", () => {
    const text = "STATEMENT OF THE MINISTRY OF DEFENCE OF THE KINGDOM OF DENMARK ON REPORTS OF CIVILIAN CASUALTIES\nCopenhagen, 3 May 2017\n\n1. Since 2014 the Danish air detachment has carried out 290 sorties over Iraq.";
    expect(one(text, 290).side).toBe("us_coalition");
  });
  it("reads a numbered release as its issuer's", () => {
    const text = "COMBINED JOINT TASK FORCE - OPERATION INHERENT RESOLVE\nRelease No. 20190412-01\n\nDuring March, the Coalition conducted 118 strikes against ISIS targets in Syria.";
    expect(one(text, 118).side).toBe("us_coalition");
  });
  it("reads a release's header lines as no speakers and its issuer past the places its heading names", () => {
    const release = "PRESS RELEASE\nHauran Civilian Rights Network (HCRN)\nRef: HCRN/PR/2024/012\n\nSouthern Syria: shelling kills 14 civilians in Daraa countryside\n\nAt least 14 civilians were killed and 40 injured in three days of shelling, the network said.\n\nOur field teams counted 40 injured.\n\nMedia contact: Rana Saleh, +90 555 0100";
    expect(one(release, 14).side).toBe("monitor");
    expect(one(release, 40).side).toBe("monitor");
    const update = "NORTHERN IRAQ: FLOODING AND DISPLACEMENT\nFlash Update No. 2\nAs of 3 May 2024, 17:00 (Baghdad time)\nPrepared by the Inter-Agency Coordination Cell for Northern Iraq (IACC-NI).\n\nPartners report that some 6,500 people were displaced this week.";
    expect(one(update, 6500).side).toBe("un");
  });
});

describe("a channel's forwarded posts and quotes introduced by a colon", () => {
  it("reads 'Forwarded from X:' as X speaking the post below it", () => {
    const text = "Levant Frontline (channel, 48.2K subscribers)\nExport of posts, 3-5 December 2024\n\n[03.12.2024 10:02] 21.4K\nForwarded from Syrian Arab Army - General Command:\n\"Our armed forces repelled a large-scale attack on the northern Hama countryside and killed more than 300 terrorists in the past 24 hours.\"\n\n[03.12.2024 13:37] 17.1K\nForwarded from Military Operations Command:\n\"The criminal regime lost 47 of its soldiers on the Hama axis today.\"";
    expect(claims(text).find((c) => c.value === 300)?.side).toBe("syria_gov");
    expect(claims(text).find((c) => c.value === 47)?.side).toBe("rebels");
  });
  it("reads the name before a colon that opens a quote, or the one in brackets there, as the quote's speaker", () => {
    const text = "[04.12.2024 09:51] 31.0K\nRussian MoD briefing (Rear Admiral Oleg Ignasyuk, head of the Reconciliation Centre): \"In the past 24 hours, Russian aerospace forces struck command posts. More than 200 militants were eliminated.\"";
    expect(claims(text).find((c) => c.value === 200)?.side).toBe("russia");
  });
});

describe("a reporter's turn", () => {
  it("relays the source of the sentence before in the next sentence of the same paragraph", () => {
    const text = "ANCHOR: Let's go to Erbil.\n\nCORRESPONDENT (ARAM BABAN): Rania, the Kurdistan Region's Security Council says 11 missiles struck Erbil province just before midnight. Four civilians were killed and six were injured, and that figure has not changed all day.\n\nANCHOR: Thank you.";
    expect(claims(text).find((c) => c.value === 6)?.side).toBe("other");
  });
});

describe("a line that opens with a known body and a colon", () => {
  it("is that body's line, in a channel's post or a live blog", () => {
    const text = "[04.12.2024 14:05] 27.3K\nUN OCHA in Damascus: about 115,000 people displaced from the Hama and northern Aleppo countryside since 27 November.";
    expect(claims(text).find((c) => c.value === 115000)?.side).toBe("un");
  });
  it("is no label when no known body opens it", () => {
    const text = "HAMA FRONT: Heavy fighting continues north of Hama city.\nDay summary: 30 people were killed, the monitor said.";
    expect(claims(text).find((c) => c.value === 30)?.side).toBe("monitor");
  });
});

describe("a post by an account the gazetteer does not know", () => {
  it("is that account's, not the outlet's, and a 'Word:' line inside a post keeps its author", () => {
    const text = "THREAD ARCHIVE - compiled from public Telegram and X channels\n\n[Telegram] Komala (party channel) - 14 Nov 2022, 10:05\nThe Islamic Republic's missiles struck our camp at Zrgwez. One of our peshmerga was martyred and 4 were wounded.\n\n[X] @KRG_InteriorMin - 14 Nov 2022, 13:40\nUpdate: the number of wounded has risen to 14.";
    expect(claims(text).find((c) => c.value === 4)).toMatchObject({ claimant: "Komala", side: "other" });
    expect(claims(text).find((c) => c.value === 14)?.side).toBe("other");
  });
});
