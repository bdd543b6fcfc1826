import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";

describe("attribution", () => {
  it("reads X said, said X, according to X and told reporters", () => {
    expect(one("The Syrian Observatory for Human Rights said at least 125 civilians had been killed.", 125).claimant).toBe("Syrian Observatory for Human Rights");
    expect(one("Seven children were among the dead, said Rami Abdel Rahman, Observatory director.", 7).side).toBe("monitor");
    expect(one("Russia launched six Kalibr cruise missiles, according to the Russian Defense Ministry on Friday.", 6).claimant).toBe("Russian Defense Ministry");
    expect(one("Its spokesman, Major General Igor Konashenkov, told reporters that Russian aircraft had flown around 20 sorties.", 20).claimant).toBe("Russian Defense Ministry");
  });
  it("reads people placed by a phrase of lower-case words ('Residents inside the base told') as the speakers", () => {
    const text = "Russia's defence ministry said about 8,000 residents of nearby villages had taken refuge at the base. Residents inside the base told our correspondent the number was lower; one put it at \"five or six thousand\".";
    expect(one(text, 5000)).toMatchObject({ valueMax: 6000, side: "other", claimant: "Residents" });
    expect(one("Witnesses near the market said 12 people were killed.", 12)).toMatchObject({ side: "other", claimant: "Witnesses" });
  });
  it("reads Libya's rival governments apart: 'its spokesman' after the LNA is the LNA's, 'it said' after the GNA's council the GNA's", () => {
    const text = "The GNA's Presidential Council blamed forces loyal to Haftar, whose self-styled Libyan National Army (LNA) has been trying to take Tripoli, and said the strike had been carried out by a foreign drone. The school had about 1,000 students, it said. The LNA denied any role. Its spokesman, Ahmed al-Mismari, said the blast came from inside. But he said the LNA's air force had carried out nine strikes on GNA positions.";
    expect(one(text, 1000).claimant).toBe("Government of National Accord");
    expect(one(text, 9).claimant).toBe("Libyan National Army");
  });
  it("reads an indefinite body ('an open-source research group') as someone new, not the body named before", () => {
    const text = "The United Nations mission said it had recorded 60 drone strikes. A joint investigation by two broadcasters and an open-source research group concluded that at least 26 of the dead were hit directly.";
    expect(one(text, 26)).toMatchObject({ side: "other", claimant: "open-source research group" });
    expect(one("Strikes killed at least 35 civilians on Sunday, a monitoring group said.", 35).side).toBe("monitor");
  });
  it("reads a count a body owns with a word or two between ('the health ministry's first count'), and a nationality's figure", () => {
    const text = "Iraq's health ministry said 10 people died. The health ministry's first count, on the morning of 3 July, was 125 dead.";
    expect(one(text, 125).side).toBe("iraq_gov");
    const israel = one("The Israeli figure for its own losses in the north stands at 22 soldiers and 24 civilians killed.", 22);
    expect(israel).toMatchObject({ side: "other", claimant: "Israeli government" });
  });
  it("reads a surname alone as the person named before in full, and a reflexive between subject and verb", () => {
    const text = "Haider al-Abadi, the prime minister, spoke in 2014. Abadi himself said in an interview in 2015 that the army had lost 2,300 Humvees to Islamic State in Mosul alone.";
    expect(one(text, 2300)).toMatchObject({ side: "iraq_gov", speaker: "Abadi" });
  });
  it("reads 'which it said' as the body that opens the sentence, and a state's presidency as the state", () => {
    const text = "Syria's presidency condemned the Israeli strikes, which it said had killed three people and wounded 34 in Damascus.";
    expect(one(text, 34)).toMatchObject({ side: "syria_gov", claimant: "Syria's presidency" });
    expect(one(text, 3).side).toBe("syria_gov");
  });
  it("reads 'has since said' as the subject's saying: 'since' stands between subject and verb like 'later'", () => {
    expect(one("Update, 17 January: The Pentagon has since said that 11 service members were treated for concussion symptoms.", 11)).toMatchObject({ side: "us_coalition", claimant: "Pentagon" });
  });
  it("reads 'Islamic State claims attack' as owning the deed, not the toll: the headline's figure is the body's source", () => {
    const text = "Twin suicide bombing kills 32 in Baghdad market Islamic State claims attack\nBAGHDAD - Two suicide bombers blew themselves up in a crowded market, killing 32 people, the Iraqi health ministry said.";
    expect(one(text, 32).side).not.toBe("isis");
    expect(one("Islamic State claimed responsibility for the bombing, which killed 45 people.", 45).side).not.toBe("isis");
  });
  it("reads a name ending in a body's word ('the Magen David Adom rescue service') as a body that 'it' may mean", () => {
    const text = "Iran fired 300 drones at Israel. A girl was seriously injured by shrapnel in the Negev, the Magen David Adom rescue service said. It said 31 other people were treated for minor injuries.";
    expect(one(text, 31)).toMatchObject({ claimant: "Magen David Adom rescue service", side: "other" });
    expect(one("The Levant Casualty Project said nine people were killed.", 9).side).toBe("monitor");
  });
  it("resolves pronouns and definite descriptions to the entity named before", () => {
    const text = "The ministry's spokesman, Major General Igor Konashenkov, spoke on Friday. He said it was not known where the other 36 missiles had come down.";
    expect(one(text, 36).side).toBe("russia");
    const t2 = "The Syrian Observatory for Human Rights said 50,000 people had fled. The monitor said government forces controlled about 83 percent of Eastern Ghouta.";
    expect(one(t2, 83).claimant).toBe("Syrian Observatory for Human Rights");
  });
  it("reads an unnamed 'the ministry' as the ministry of the country in play", () => {
    const text = "France has struck Raqqa for the second night running, three days after the attacks in Paris. Our correspondent is in Paris.\n\nThe ministry says they destroyed two targets: a command post and a training camp.";
    expect(one(text, 2)).toMatchObject({ claimant: "French Armed Forces Ministry", side: "us_coalition" });
  });
  it("reads 'We spoke to him' as the person the sentence before introduced, not a body named later in the intro", () => {
    const text = "Major Elena Ruiz is the spokeswoman of the US-led coalition against Islamic State. We spoke to her by phone a week after Islamic State lost its last town.\n\nHow many strikes were there?\nOur aircraft conducted 320 strikes in the final month.";
    expect(one(text, 320).side).toBe("us_coalition");
  });
  it("reads the paragraph that answers an interview question as the interviewee's", () => {
    const text = "We spoke to Dr Brice de le Vingne, director of operations at Medecins Sans Frontieres (MSF), by phone.\n\nHow many people are still inside the town?\n\nAbout 42,000 people are trapped in the town and the surrounding villages.";
    expect(one(text, 42000).claimant).toMatch(/Sans Frontieres|MSF/);
  });
  it("reads an interview's first person plural as the interviewee's organisation", () => {
    const text = "We spoke to Dr Brice de le Vingne, director of operations at Medecins Sans Frontieres (MSF), which supports the town's only remaining clinic.\n\nHow many people are inside Madaya today?\nOur medical staff there estimate that 42,000 people are trapped in the town and the surrounding villages.";
    expect(one(text, 42000)).toMatchObject({ claimant: "Medecins Sans Frontieres", side: "other" });
  });
  it("reads a place only by its whole name, not by a word that opens one", () => {
    expect(one("Local commander Mahmoud Abu Hamza said 27 people had been killed.", 27).side).toBe("other");
    expect(one("The Eastern Medical Council said 27 people had been killed.", 27).side).toBe("other");
    expect(one("The governor of Deir ez-Zor said 27 people had been killed.", 27).side).toBe("syria_gov");
  });
  it("gives a body named by its function to its possessor, not to another state's body of that name", () => {
    expect(one("The Kurdistan Region's counter-terrorism service said 12 missiles were fired.", 12).side).toBe("other");
    expect(one("Iraq's Counter-Terrorism Service said 12 militants were killed.", 12).side).toBe("iraq_gov");
  });
  it("reads a trailing 'it said' as the body that opens the sentence and acts in it", () => {
    expect(one("The coalition conducted 112 strikes in Syria over the past week, it said in its weekly report.", 112).side).toBe("us_coalition");
    const text = "The Syrian Observatory said 12 people died. Coalition strikes killed 27 civilians in Raqqa, it said.";
    expect(one(text, 27).side).toBe("monitor");
  });
  it("does not read a breakdown between commas as part of the speaker's name", () => {
    const c = claims("The raids killed eight people, among them five children, the Observatory said.");
    expect(c.map((x) => [x.value, x.metric, x.side])).toEqual([[8, "people_killed", "monitor"], [5, "civilians_killed", "monitor"]]);
  });
  it("reads 'the ministry' back to a ministry the gazetteer files under its army", () => {
    const text = "The Syrian defence ministry put out a statement just after dawn. According to the ministry, three soldiers were killed and four wounded.";
    expect(one(text, 3)).toMatchObject({ claimant: "Syrian army", side: "syria_gov" });
  });
  it("learns an unknown organisation from the acronym the text defines for it", () => {
    const text = "PRESS RELEASE\nSham Medical Relief Alliance (SMRA)\n\nAt least 46 civilians have been killed since 5 October.\n\n\"Two of our nurses were injured,\" said Dr Bashir Tahhan, SMRA's medical director for Idlib.";
    expect(one(text, 46)).toMatchObject({ claimant: "Sham Medical Relief Alliance", side: "other" });
    expect(one(text, 2)).toMatchObject({ claimant: "Sham Medical Relief Alliance", side: "other" });
    // a "Watch" names a body that monitors ("Idlib Health Watch", as "Human Rights Watch")
    expect(one("Idlib Health Watch (IHW) was founded in 2016. On Monday IHW said 12 attacks had hit clinics this month.", 12).side).toBe("monitor");
    expect(one("The Syrian Observatory for Human Rights (SOHR) said SOHR counted 12 dead.", 12).side).toBe("monitor");
  });
  it("reads a speaker past an adverb or a 'but' before its verb", () => {
    expect(one("The Pentagon initially said 34 troops were injured.", 34).side).toBe("us_coalition");
    expect(one("Turkey's defence ministry did not comment on the strike but said separately that 17 militants had been neutralised.", 17).side).toBe("turkey");
  });
  it("reads a quote that opens after the verb as the speaker's words", () => {
    const text = "A statement from its Centre for the Reconciliation of the Opposing Parties said \"terrorist groups\" had shelled government-held areas 14 times, wounding two soldiers.";
    expect(one(text, 14).side).toBe("russia");
    expect(one(text, 2).side).toBe("russia");
  });
  it("reads a speaker past a bracketed aside, and an agency's situation report as the agency's", () => {
    expect(one("The Syria Civil Defence (White Helmets) said it had pulled 2,950 people alive from the rubble.", 2950).side).toBe("rebels");
    const text = "UNITED NATIONS OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS\nNorth-west Syria Flash Update No. 9\n\n1.3 Since 9 February, 217 trucks carrying UN aid have crossed into north-west Syria.";
    expect(one(text, 217)).toMatchObject({ claimant: "UN OCHA", side: "un", metric: "other" });
  });
  it("leaves a day or month out of a speaker's name and reads a nationality after 'the'", () => {
    expect(one("In January the Jordanian army said its border guards had killed 27 smugglers.", 27)).toMatchObject({ claimant: "Jordanian army", side: "other" });
    // "its army" before meant Syria's; "the Jordanian army" names another
    const text = "Jordan did not comment, but its army has said it is fighting a war with smuggling gangs. On 6 January the Jordanian army said its border guards had killed five smugglers.";
    expect(one(text, 5)).toMatchObject({ claimant: "Jordanian army", side: "other" });
  });
  it("gives a minister or ministry official with no nationality the state the article is about", () => {
    const text = "ANKARA - Turkey's security forces detained dozens after the bombing in Ankara. Turkish police said the attackers came from Syria. The Oct. 1 bombing wounded two police officers, Interior Minister Ali Yerlikaya said.";
    expect(one(text, 2).side).toBe("turkey");
    const iraq = "BAGHDAD - Iraqi forces pushed into Hawija. Iraq's Joint Operations Command said the push went well. An interior ministry official tells us that four federal policemen were killed by a roadside bomb.";
    expect(one(iraq, 4).side).toBe("iraq_gov");
  });
  it("reads a body the text calls a rights group as a monitor", () => {
    expect(one("The Yazidi rights group Nadia Initiative said around 200,000 Yazidis remained displaced.", 200000).side).toBe("monitor");
    expect(one("The Association of Detainees and the Missing in Sednaya Prison estimates that more than 30,000 people were held there.", 30000).side).toBe("monitor");
    expect(one("The Tigris Relief Network said 12 aid workers were wounded.", 12).side).toBe("other");
    // "the group" with no group named before is no one in particular, not the first monitor listed
    expect(one("The group said 12 aid workers were wounded.", 12).side).not.toBe("monitor");
  });
  it("gives a source an agency cites, not the agency, and an unnamed state source no side", () => {
    expect(one("SANA, citing a military source, said army units had killed 40 terrorists near the city.", 40)).toMatchObject({ claimant: "military source", side: "other", actorSide: "syria_gov" });
    expect(one("A Syrian military source quoted by the state news agency SANA said the strikes killed two soldiers.", 2)).toMatchObject({ claimant: "Syrian military source", side: "other", actorSide: null });
    expect(one("A Syrian security source told us the strikes had hit at least 12 military sites.", 12).side).toBe("other");
    // a monitor's own sources are the monitor's; an official keeps the nationality's side
    expect(one("Observatory sources said 12 fighters were killed.", 12).side).toBe("monitor");
    expect(one("A Syrian official said 12 soldiers were killed.", 12).side).toBe("syria_gov");
  });
  it("reads an unqualified 'Ministry of Defence' as the ministry of the state the article is about", () => {
    const text = "Islamic State fighters stormed an Iraqi army post in Diyala and killed 11 soldiers, according to the Ministry of Defence. Iraqi officials in Baghdad said more.";
    expect(one(text, 11).side).toBe("iraq_gov");
  });
  it("reads 'the source' back to the unnamed source quoted before, which a place gives no side", () => {
    const text = "A security source in Kirkuk, who asked not to be named, told our correspondent 10 soldiers were killed. The source said the patrol had been made up of about 14 men.";
    expect(one(text, 10)).toMatchObject({ claimant: "security source in Kirkuk", side: "other" });
    expect(one(text, 14)).toMatchObject({ claimant: "security source in Kirkuk", side: "other" });
  });
  it("reads a live blog's 'per the Pentagon' as a source, not 'per cent'", () => {
    expect(one("About 5,200 US troops are in Iraq per the Pentagon.", 5200).side).toBe("us_coalition");
    expect(one("Two vehicles on fire on the airport road, per a security source.", 2)).toMatchObject({ side: "other", metric: "vehicles_destroyed" });
  });
  it("reads 'notes that the Pentagon says 58' as the Pentagon's figure, not a relative clause", () => {
    expect(one("Its military columnist notes that the Pentagon says 58 of the 59 missiles destroyed their targets.", 58).side).toBe("us_coalition");
  });
  it("reads 'reports' cited inside a quote as the quoted speaker's words", () => {
    expect(one("\"Initial reports indicate one civilian contractor killed, nine wounded,\" the coalition spokesman said.", 9).side).toBe("us_coalition");
  });
  it("reads 'the interior ministry' and 'the Ministry of Health' as ministries of the state in play", () => {
    const text = "Protests in Baghdad and Basra went on in Iraq. The interior ministry says 13 members of the security forces have been killed. The Ministry of Health said 125 people were wounded.";
    expect(one(text, 13)).toMatchObject({ claimant: "Iraqi Interior Ministry", side: "iraq_gov" });
    expect(one(text, 125).side).toBe("iraq_gov");
  });
  it("reads 'the ministry' back to a ministry named by its branch", () => {
    const text = "Protests went on in Baghdad and Basra in Iraq. The interior ministry says 13 members of the security forces have been killed. The ministry also says more than 2,000 of its personnel were injured.";
    expect(one(text, 2000).side).toBe("iraq_gov");
  });
  it("reads 'put the toll at' past a long relative clause", () => {
    const text = "A security source in the service, who declined to be named because he was not authorised to speak to the media, put the toll higher, at 21 killed and 60 wounded.";
    expect(one(text, 60)).toMatchObject({ claimant: "security source in the service", side: "other" });
  });
  it("reads 'X said, citing Y' as Y's claim", () => {
    expect(one("State television said 40 people had been killed in the strike, citing the Syrian Observatory for Human Rights.", 40).side).toBe("monitor");
    expect(one("The agency said, citing the Russian Defence Ministry, that 25 targets had been hit.", 25).side).toBe("russia");
  });
  it("does not read a release's header fields as speaker turns", () => {
    const text = "Press release\n\nRAF strikes Daesh in Raqqa\n\nFrom: Ministry of Defence and The Rt Hon Sir Michael Fallon MP\nPublished: 21 August 2017\n\nRoyal Air Force aircraft continued to strike Daesh in Syria and Iraq last week, the Ministry of Defence said today.\n\nOver Raqqa, RAF aircraft carried out 19 strikes between Monday 14 and Sunday 20 August.";
    expect(one(text, 19).side).toBe("us_coalition");
  });
  it("keeps a quote with its speaker over several sentences", () => {
    const text = "Maria Zakharova spoke on Thursday. “Our information suggests that five people may have been killed,” she said.";
    expect(one(text, 5)).toMatchObject({ claimant: "Russian Foreign Ministry", side: "russia" });
  });
  it("gives a quote that follows an attributed quote to the same speaker", () => {
    const c = one(`The coalition rejected the figure. "We take every allegation seriously," its spokesman, Colonel Ryan Dillon, told reporters in Baghdad. "Since the start of this operation we have assessed that at least 484 civilians have been killed by coalition strikes."`, 484);
    expect(c.side).toBe("us_coalition");
    expect(one(`"Our aviation has flown 2,289 sorties," Shoigu said. "In the last 24 hours alone there were 127 sorties."`, 127).side).toBe("russia");
  });
  it("reads the subject of a verb coordinated before 'and said'", () => {
    const c = one("The Pentagon says the allies launched 105 weapons. Syrian state television went further and said 110 missiles had been launched and most were intercepted.", 110);
    expect(c.side).toBe("syria_gov");
    expect(c.actorSide).toBeNull(); // missiles a state says it intercepted are not its own
  });
  it("reads 'Its volunteers said' as the body named before", () => {
    const c = one("The White Helmets, the civil defence group, has worked in Aleppo since 2013. Its volunteers said they had recovered more than 700 bodies in the month after the offensive resumed.", 700);
    expect(c).toMatchObject({ claimant: "White Helmets", side: "rebels" });
  });
  it("reads a body's name with lower-case words right before the verb", () => {
    const c = one("The Russian Defence Ministry’s centre for reconciliation said its officers had overseen the departure of more than 9,000 “militants and members of their families”.", 9000);
    expect(c).toMatchObject({ side: "russia", metric: "people_displaced" });
  });
  it("reads a trailing ', it said' as the body of the sentence before, not one the content names", () => {
    const c = one("Airwars, a London-based group that tracks reports of civilian harm from the air campaign, put the toll far higher. Between 370 and 560 civilians were likely killed by coalition strikes on the city in June alone, it said in a monthly assessment.", 370);
    expect(c).toMatchObject({ claimant: "Airwars", side: "monitor", actorSide: "us_coalition" });
  });
  it("gives a doctor in a town no side of the town's, and reads people 'with shrapnel wounds' as wounded", () => {
    const c = one("A doctor in the Kurdish-held town of Hasakah, who asked not to be named, said 11 people from Abu Kamal with shrapnel wounds had reached his hospital.", 11);
    expect(c).toMatchObject({ side: "other", metric: "people_injured" });
  });
  it("reads a body's name followed by its seat ('office in Geneva says')", () => {
    const c = claims("The UN's human rights office in Geneva says at least 307 civilians were killed in west Mosul between February 17 and March 22, and 273 more were wounded.");
    expect(c.map((x) => [x.value, x.side])).toEqual([[307, "un"], [273, "un"]]);
  });
  it("reads police or troops with no nationality as the forces of the article's government", () => {
    const c = one("Government forces pushed into the Old City of Mosul on Monday, Iraqi officials said. Federal police units also claim to have shot down three small drones used to drop grenades.", 3);
    expect(c).toMatchObject({ side: "iraq_gov", actorSide: "iraq_gov" });
  });
  it("reads 'The UN mission in Iraq' as the UN, not Iraq", () => {
    expect(one("The UN mission in Iraq recorded at least 2,521 civilian deaths in Nineveh province from October to June.", 2521).side).toBe("un");
  });
  it("reads 'the Red Crescent said' as a named source the gazetteer does not know", () => {
    expect(one("Of the 3,000 people who left, 500 were wounded, the Red Crescent said.", 500)).toMatchObject({ claimant: "Red Crescent", side: "other" });
  });
  it("keeps the sentence's speaker after ', adding that'", () => {
    expect(one("The UN said 2.5 million people had fled their homes, adding that about half of them were children.", 0.5).side).toBe("un");
  });
  it("reads a side's own tally as its claim, and a tally that 'passed' a figure as counting it", () => {
    const text = "Turkey says its forces have neutralised 1,100 fighters. Ankara's \"neutralised\" tallies in Afrin, which passed 1,500 by mid-February, count the captured along with the dead.";
    expect(one(text, 1500)).toMatchObject({ side: "turkey", metric: "militants_killed" });
  });
  it("reads a sentence-initial 'It said' as the body that opened the sentence before", () => {
    const text = "Airwars, a monitoring group based in London, disputes the coalition's accounting of civilian harm. It said it had tracked reports that between 1,400 and 1,850 civilians were likely killed by coalition actions during the battle.";
    expect(one(text, 1400)).toMatchObject({ claimant: "Airwars", side: "monitor" });
  });
  it("gives an unattributed quote paragraph to the speaker who closed the paragraph before", () => {
    const text = "Colonel John Dorrian, a coalition spokesman, told reporters on Tuesday that the campaign was going well.\n\n\"We have conducted more than 1,000 strikes in the last month.\"";
    expect(one(text, 1000)).toMatchObject({ side: "us_coalition", metric: "strikes" });
  });
  it("reads transcript speaker labels", () => {
    const text = "RUDSKOI: From 7 to 27 March our aircraft carried out about 500 combat sorties in the Palmyra area.";
    expect(one(text, 500).side).toBe("russia");
  });
  it("gives two sources in one sentence their own figures", () => {
    const text = "Russia's Defence Ministry said only 23 of the US cruise missiles had reached their target, a fraction of the 59 that the Pentagon says were launched.";
    expect(one(text, 23).side).toBe("russia");
    expect(one(text, 59).side).toBe("us_coalition");
  });
  it("falls back to the outlet when no one else is the source", () => {
    const c = claims("The conflict has killed 250,000 people, causing a refugee crisis.");
    expect(c[0]).toMatchObject({ claimant: "Test Wire", side: "media" });
  });
  it("does not read a dateline as a speaker", () => {
    expect(one("BAGHDAD: Russia on Wednesday shot 26 long-range cruise missiles at targets in Syria.", 26).side).toBe("media");
  });
});

describe("attribution of less common forms", () => {
  it("reads sources behind 'according to figures released by'", () => {
    expect(one("At least 30 civilians were killed, according to figures released by the Syrian Observatory for Human Rights.", 30).side).toBe("monitor");
  });
  it("reads headline tails and 'compiled by'", () => {
    expect(one("Russian strikes kill 30 civilians in Idlib - monitor", 30).side).toBe("monitor");
    expect(one("The toll, compiled by Airwars, stands at 1,200 civilians killed.", 1200).claimant).toBe("Airwars");
  });
  it("names unknown sources as other rather than the outlet", () => {
    expect(one("The International Committee of the Red Cross said about 35,000 people had been evacuated.", 35000).side).toBe("other");
  });
  it("reads a body that raised, revised or lowered a toll as its speaker", () => {
    expect(one("On Tuesday the Pentagon raised the number of service members hurt to 41.", 41)).toMatchObject({ claimant: "Pentagon", side: "us_coalition" });
    expect(one("The Observatory later lowered the death toll to 57.", 57).side).toBe("monitor");
  });
  it("takes the title before a name", () => {
    expect(one("The governor of Homs province, Talal Barazi, gave a lower figure, telling reporters that five people had died.", 5).side).toBe("syria_gov");
  });
});

describe("descriptions and quotes introduced on the line before", () => {
  it("resolves 'the spokesman' to the titled person named earlier", () => {
    expect(one("Pentagon spokesman Jeff Davis spoke to reporters. The spokesman said 20 strikes had hit the area.", 20).side).toBe("us_coalition");
  });
  it("gives a quote paragraph to the speaker introduced with a colon", () => {
    expect(one("Rami Abdel Rahman told AFP:\n\"We have documented 45 civilian deaths in two days.\"", 45).side).toBe("monitor");
  });
});

describe("unnamed sources and headline labels", () => {
  it("reads rescue workers, doctors and residents as other sources", () => {
    expect(one("Rescue workers said 17 people were pulled dead from the rubble.", 17).side).toBe("other");
    expect(one("Doctors at the hospital said 12 children had been wounded.", 12).side).toBe("other");
  });
  it("reads a source label in a headline", () => {
    expect(one("Monitor: 30 civilians killed in Russian strikes on Idlib", 30).side).toBe("monitor");
  });
  it("reads a speaker whose relative clause, set off by commas, stands before the verb", () => {
    expect(one("The Syrian health ministry, which counts only those who reach its hospitals, said 43 people had been killed.", 43).side).toBe("syria_gov");
    expect(one("The Syrian Observatory for Human Rights, which relies on a network of sources on the ground, said 19 fighters were killed.", 19).side).toBe("monitor");
    expect(one("The Pentagon, whose figures include contractors, said 12 people were injured.", 12).side).toBe("us_coalition");
  });
});
