import { describe, expect, it } from "vitest";
import { one, claims } from "./test-helpers";

describe("the subject of a verb of saying coordinated after another verb", () => {
  it("is the phrase that opens the clause, not a name inside the first verb's object", () => {
    const text = "Human Rights Watch investigated eight US Central Command strikes and found that they had killed 72 civilians, a third of them children.";
    expect(one(text, 72)).toMatchObject({ claimant: "Human Rights Watch", side: "monitor" });
    expect(one("Syrian state television went further and said 38 soldiers had been killed.", 38).side).toBe("syria_gov");
  });
});

describe("a capitalised word that describes a body named before", () => {
  it("gives the body's side to its unnamed people", () => {
    const text = "Iran's Revolutionary Guards fired about 180 ballistic missiles at Israel. A Guards commander quoted by the Tasnim news agency went further and said that 20 F-35 jets had been destroyed at Nevatim.";
    expect(one(text, 20).side).toBe("iran");
  });
});

describe("NATO speaks for the US-led side", () => {
  it("by name and as 'the alliance'", () => {
    const text = "By the time NATO's Operation Unified Protector ended on Oct. 31, 2011, the alliance had flown 26,323 sorties, 9,658 of them strike sorties, according to its own final figures.";
    expect(one(text, 26323)).toMatchObject({ claimant: "NATO", side: "us_coalition" });
    expect(one("NATO said its aircraft had flown 120 sorties over Libya in the previous 24 hours.", 120).side).toBe("us_coalition");
  });
});

describe("a body described by its kind", () => {
  it("reads 'the cell said' after the Security Media Cell, also after 'In a later statement'", () => {
    const text = "The Security Media Cell said the attack was the work of a terrorist cell. In a later statement the cell said security forces had killed 11 IS militants in an operation south of Kirkuk.";
    expect(one(text, 11)).toMatchObject({ claimant: "Iraqi Security Media Cell", side: "iraq_gov" });
  });
});

describe("figures someone else gathered or gave", () => {
  it("belong to the body after 'by', not to the last body named", () => {
    const text = "The Saudi-led coalition said it would investigate the strike. Since March 2015, at least 4,125 civilians have been killed and 7,207 injured in Yemen, according to figures verified by OHCHR.";
    expect(one(text, 4125).side).toBe("un");
  });
  it("reads 'a Western official' and then 'the official' in the same sentence as one Western source", () => {
    const text = "A commander in the National Defence Forces told me his men had lost 19 fighters. According to figures shared with me by a Western official who follows the conflict closely, Islamic State had between 2,500 and 3,000 fighters in Syria, and the official estimated that about half of the group's attacks had taken place in the Badia.";
    expect(one(text, 2500).side).toBe("us_coalition");
    expect(one(text, 0.5).side).toBe("us_coalition");
    expect(one("About 7,500 Russian servicemen are in Syria, according to Western estimates.", 7500).side).toBe("us_coalition");
  });
});

describe("a long description or aside between the speaker and its verb", () => {
  it("still leaves the speaker before it", () => {
    expect(one("The Syrian Observatory for Human Rights, a Britain-based group that relies on a network of sources inside Syria, put the toll at 1,120.", 1120).side).toBe("monitor");
    expect(one("Britain's Joint Intelligence Committee, in an assessment published before parliament voted against military action on Thursday, said at least 350 people had been killed.", 350).side).toBe("us_coalition");
  });
  it("reads a name that closes with its acronym in brackets", () => {
    const text = "In the north-east, Hawar News Agency (ANHA), the news outlet of the Kurdish-led administration, said Turkish drones had struck villages near Ain Issa 17 times over the weekend.";
    expect(one(text, 17)).toMatchObject({ claimant: "Hawar News Agency", side: "other" });
  });
});

describe("a speaker phrase that opens with an article", () => {
  it("takes no place or time phrase set off before it", () => {
    const text = "US aircraft struck two Kataib Hezbollah facilities in Jurf al-Sakhar, south of Baghdad, early on Wednesday, the Pentagon said.";
    expect(one(text, 2).side).toBe("us_coalition");
  });
  it("still reads a description set off with its own comma as part of the name before it", () => {
    const text = "The Syrian Democratic Forces, the US-backed, Kurdish-led force whose largest component is the YPG, said Turkish drones had carried out 41 strikes on its areas.";
    expect(one(text, 41).side).toBe("other");
  });
});

describe("Jordan speaks for itself", () => {
  it("as a state and as its army, side other", () => {
    expect(one("Jordan says it will not open the frontier, having already taken in 650,000 registered Syrian refugees.", 650000).side).toBe("other");
    expect(one("Jordan hosts about 660,000 Syrian refugees registered with the UN, the kingdom's government says.", 660000).side).toBe("other");
    const army = "A car bomb exploded at a Jordanian military post near the Rukban refugee camp, killing six members of Jordan's security forces and wounding 14, the army said.";
    expect(one(army, 14).side).toBe("other");
  });
  it("reads the subject of 'and says' across a figure in the first verb's object", () => {
    expect(one("Jordan hosts about 657,000 registered Syrian refugees and says the true number is 1.4 million.", 1400000).side).toBe("other");
  });
});

describe("a state or region named as a place", () => {
  it("is no body a later 'the government' or 'the ministry' means", () => {
    expect(one("Ankara launched air strikes on the PKK after the bombing. Turkish jets hit more than 400 PKK targets in northern Iraq in the first week, the government said.", 400).side).toBe("turkey");
    const text = "Iraq's foreign ministry said on Wednesday that Turkish artillery had shelled a tourist resort in the Kurdistan region. The ministry added that it was documenting more than 22,700 Turkish violations since 2018.";
    expect(one(text, 22700).side).toBe("iraq_gov");
  });
  it("still counts a capital that opens the sentence as where its speaker is", () => {
    expect(one("In Moscow, the Defence Ministry said six long-range bombers had struck Islamic State positions.", 6).side).toBe("russia");
  });
});

describe("a person named again by surname, and a source a speaker relays", () => {
  it("reads 'Ms Mueller said' as the body URSULA MUELLER spoke for", () => {
    const text = "URSULA MUELLER, Assistant Secretary-General for Humanitarian Affairs and Deputy Emergency Relief Coordinator, said that more than 576,000 people had been displaced. Ms Mueller said 51 health facilities had been damaged or destroyed since late April.";
    expect(one(text, 51).side).toBe("un");
  });
  it("gives a figure the source 'according to' names before it, not the speaker who relays it", () => {
    const text = "Christian Lindmeier, a spokesman for the World Health Organization, said, the clinics were full. The dam had been damaged and, according to the local water authority, supplies to some 400,000 people had been cut or reduced, Mr. Lindmeier said.";
    expect(one(text, 400000).side).toBe("other");
  });
});

describe("naming a figure by calling or describing it", () => {
  it("is the caller's claim", () => {
    expect(one("After rockets killed two US troops at Camp Taji, US aircraft hit what the Pentagon called six weapons storage facilities.", 6).side).toBe("us_coalition");
    const relative = "The rebel operations room, which calls the campaign \"Deterrence of Aggression\", said its fighters had taken control of more than 50 towns and villages.";
    expect(one(relative, 50).side).toBe("rebels");
  });
  it("is not 'called on' or a pronoun describing", () => {
    expect(one("The Syrian National Coalition called on Washington to suspend the raids, saying 125 civilians had died.", 125).side).toBe("rebels");
  });
});

describe("a state's dotted initials inside a name", () => {
  it("read 'the U.S. Maritime Administration' whole, and its figure about a subject it names is not its own deed", () => {
    const text = "They have launched more than 100 attacks on merchant vessels, sinking two and seizing one, according to the U.S. Maritime Administration.";
    expect(one(text, 100)).toMatchObject({ side: "us_coalition", actorSide: null });
  });
});

describe("a state's account by its adjective", () => {
  it("reads 'The Israeli figure for its own losses' as the Israeli government's", () => {
    expect(one("The Israeli figure for its own losses in the north stands at 22 soldiers and 24 civilians killed.", 22).side).toBe("other");
    expect(one("The Turkish figure for its own dead stands at 41 soldiers.", 41).side).toBe("turkey");
  });
});

describe("a government's person in a sentence that opens on its state", () => {
  it("speaks for that state, and its toll stays apart from another body's same figure", () => {
    const text = "The Popular Mobilisation Forces said 16 of its members had been killed. In Iraq, government spokesman Basim al-Awadi said the strikes near al-Qaim had killed 16 people, including civilians, and wounded 25.";
    expect(one(text, 25).side).toBe("iraq_gov");
    expect(claims(text).filter((c) => c.value === 16).length).toBe(2);
  });
});

describe("a part of a body described before", () => {
  it("speaks for that body: 'the ministry's emergency medicine service said'", () => {
    const text = "The Government of National Accord's health ministry has updated its count. In a statement carried by the state news agency LANA, the ministry's emergency medicine service said 44 bodies had been recovered so far.";
    expect(one(text, 44)).toMatchObject({ claimant: "Government of National Accord", side: "other" });
  });
});

describe("local bodies in a place", () => {
  it("take no side from the place, as a governor of it does", () => {
    expect(one("Local authorities in Raqqa report that at least 41,000 people arrived in the city between 2 and 8 December.", 41000).side).toBe("other");
    expect(one("The governor of Homs said 27 people had been killed.", 27).side).toBe("syria_gov");
  });
});

describe("speaker phrases in scraped text and cited local bodies", () => {
  it("read 'The Kurdish led administration in northeast Syria said' without its hyphen", () => {
    expect(one("The Kurdish led administration in northeast Syria said the strikes had killed at least 31 people on the first night", 31).side).toBe("other");
  });
  it("read 'citing the camp's administration' as a local body, and 'US officials cautioned' as said", () => {
    const text = "Rudaw reported that a drone strike on the Makhmour refugee camp on Saturday killed three civilians, citing the camp's administration, which blamed Turkey.";
    expect(one(text, 3)).toMatchObject({ side: "other", claimant: "camp's administration" });
    expect(one("US officials cautioned that the group still had between 15,000 and 20,000 fighters in Iraq and Syria.", 15000).side).toBe("us_coalition");
  });
});

describe("a document of a body of that kind named before", () => {
  it("speaks for that body: 'A military statement on July 17 said'", () => {
    const text = "Israel's military said on July 16 that it had struck the entrance of the defence ministry's headquarters in Damascus. A military statement on July 17 said its jets had carried out more than 160 strikes in southern Syria.";
    expect(one(text, 160)).toMatchObject({ side: "other", actorSide: "other" });
  });
});

describe("'It said' after a sentence whose body spoke", () => {
  it("is that speaker, not a body named earlier", () => {
    const text = "Iran's Revolutionary Guards said they had launched the attack. A 10-year-old girl was seriously injured by shrapnel in the Negev, the Magen David Adom rescue service said. It said 31 other people were treated for minor injuries.";
    expect(one(text, 31).side).toBe("other");
  });
});

describe("the Houthis speak for themselves", () => {
  it("by name and through their al-Masirah television", () => {
    const text = "The Pentagon said the strikes had hit fuel tanks. The Houthis' al-Masirah television broadcast footage of flames rising from the port. It said 18 fishing boats moored near the port had been set alight.";
    expect(one(text, 18).side).toBe("other");
    expect(one("The Houthis also claimed to have downed 22 US drones since October 2023; US officials have confirmed fewer.", 22).side).toBe("other");
  });
});

describe("a person's own people", () => {
  it("speak for the body the person speaks for: 'his observers had counted'", () => {
    const text = "The Head of the UN Supervision Mission in Syria, Major General Robert Mood, briefed the Security Council. He told the Council that his observers had counted 108 bodies when they reached Taldou.";
    expect(one(text, 108).side).toBe("un");
  });
});

describe("a deposed government the gazetteer names", () => {
  it("speaks through 'its spokesman' in the sentence after it is named, not through the UN body named before", () => {
    const text = "A UN Commission of Inquiry found that NATO strikes had killed 60 civilians. Gaddafi's government, of course, claimed far more. Its spokesman, Moussa Ibrahim, said in August 2011 that NATO had killed 85 civilians in a single strike.";
    expect(one(text, 85)).toMatchObject({ side: "other", claimant: "Libyan government (Gaddafi)" });
  });
});

describe("a spokesman named again by an 'al-' surname", () => {
  it("is the person named in full before: '\"We killed two members of the cell,\" al-Baba said'", () => {
    const text = "Suicide bomber kills 25 at Damascus church, Syria blames Islamic State\nThe interior ministry blamed the Islamic State group. Ministry spokesman Noureddine al-Baba told reporters on Monday that security forces had raided two IS hideouts overnight. \"We killed two members of the cell who were planning further attacks and arrested six others,\" al-Baba said.";
    expect(claims(text).find((c) => c.metric === "militants_killed")).toMatchObject({ side: "syria_gov", claimant: "Ministry spokesman Noureddine al-Baba" });
  });
});

describe("a source met in passing", () => {
  it("is an unnamed source when 'That source said' follows, not the outlet", () => {
    const text = "But a regional intelligence source I spoke to this afternoon described the targets as two warehouses. That source said at least six missiles hit the airport perimeter.";
    expect(one(text, 6)).toMatchObject({ side: "other", claimant: "source" });
  });
});

describe("the Syrian Turkmen brigades", () => {
  it("are rebels, and so is their commander Alparslan Celik", () => {
    expect(one("The Turkmen brigades say Russian air strikes on the Bayirbucak area have killed more than 50 of their fighters since the start of November.", 50).side).toBe("rebels");
    expect(one("A commander of the Turkmen brigade that operates in the Jabal Turkman mountains, Alparslan Celik, told reporters that his men had lost seven fighters.", 7).side).toBe("rebels");
  });
});

describe("the outlet's own correspondent", () => {
  it("speaks for the outlet wherever posted: 'Our correspondent in Tripoli says'", () => {
    expect(one("Our correspondent in Tripoli says the LNA has carried out at least 40 air strikes on the capital's southern districts.", 40)).toMatchObject({ side: "media", claimant: "Test Wire" });
  });
});

describe("a local news network the gazetteer names", () => {
  it("is the press: 'according to Suwayda 24' keeps its figure from the Observatory's after the semicolon", () => {
    const text = "Three protesters were wounded, according to Suwayda 24; the Observatory said four.";
    expect(one(text, 3)).toMatchObject({ side: "media", claimant: "Suwayda 24" });
    expect(one(text, 4).side).toBe("monitor");
  });
});

describe("the Response Coordinators group", () => {
  it("is the opposition areas' own humanitarian body, and 'It said' after it is its figure, not the Russian centre's", () => {
    const text = "Russia's Reconciliation Centre said the ceasefire was holding. The Response Coordination Group, a local humanitarian body that tracks displacement in the northwest, said some 1,500 families had fled. It said more than 1.8 million people now live in camps in the region.";
    expect(one(text, 1500).side).toBe("rebels");
    expect(one(text, 1800000).side).toBe("rebels");
  });
});
