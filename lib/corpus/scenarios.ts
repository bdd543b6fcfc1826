// Campaigns the synthetic articles are set in (who bombs whom, where, when, and who reports it),
// plus the fictitious outlets and bylines. A scenario keeps each article internally coherent:
// a Russian ministry does not report sorties over Mosul, and a Raqqa story is dated 2017.
import type { Side } from "./sources";

export interface Scenario {
  key: string;
  /** Publication window, ISO dates. */
  from: string;
  to: string;
  attacker: Side;
  /** How the text names the attacking force and its strikes. */
  forces: readonly string[];
  adjective: string;
  /** The fighters on the receiving end, as the attacker's side would name them. */
  enemies: readonly string[];
  /** Soldiers whose deaths count as soldiers_killed in this campaign. */
  soldiers: readonly string[];
  places: readonly string[];
  region: string;
  datelines: readonly string[];
  /** Source keys (see sources.ts) with weights. */
  sources: readonly (readonly [string, number])[];
  operation: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    key: "idlib", from: "2019-04-30", to: "2020-03-05", attacker: "russia", adjective: "Russian",
    forces: ["Russian warplanes", "Russian jets", "Russian aircraft", "the Russian Aerospace Forces"],
    enemies: ["militants", "terrorists", "fighters of Hayat Tahrir al-Sham", "jihadists", "rebels"],
    soldiers: ["Syrian soldiers", "government troops", "Turkish soldiers"],
    places: ["Maarat al-Numan", "Khan Shaykhun", "Saraqeb", "Kafr Nabl", "Ariha", "Jisr al-Shughur", "Kafr Nabudah", "Idlib city"],
    region: "Idlib province", datelines: ["BEIRUT", "MOSCOW", "ISTANBUL", "AMMAN", "GAZIANTEP"],
    sources: [["russianMod", 4], ["sohr", 4], ["whiteHelmets", 2], ["ocha", 3], ["who", 1], ["sana", 2], ["turkishMod", 1], ["opposition", 2], ["snhr", 1], ["press", 1], ["iranMedia", 1]],
    operation: "the offensive on Idlib",
  },
  {
    key: "aleppo", from: "2016-09-20", to: "2016-12-23", attacker: "russia", adjective: "Russian",
    forces: ["Russian and Syrian warplanes", "Russian jets", "Russian bombers", "Russian aircraft"],
    enemies: ["militants", "terrorists", "rebels", "fighters of the former Nusra Front"],
    soldiers: ["government soldiers", "Syrian troops"],
    places: ["eastern Aleppo", "al-Shaar", "Masaken Hanano", "Bustan al-Qasr", "al-Sukkari", "Sheikh Saeed"],
    region: "Aleppo", datelines: ["BEIRUT", "MOSCOW", "GENEVA", "ALEPPO"],
    sources: [["russianMod", 4], ["sohr", 4], ["whiteHelmets", 2], ["ocha", 3], ["unhcr", 1], ["who", 2], ["sana", 2], ["opposition", 2], ["press", 1], ["iranMedia", 1]],
    operation: "the battle for Aleppo",
  },
  {
    key: "first-strikes", from: "2015-09-30", to: "2016-03-14", attacker: "russia", adjective: "Russian",
    forces: ["Russian warplanes", "Russian Su-24 and Su-34 bombers", "Russian aircraft", "the Russian air group at Hmeimim"],
    enemies: ["Islamic State militants", "terrorists", "militants", "rebels"],
    soldiers: ["Syrian soldiers", "government troops"],
    places: ["Talbiseh", "Rastan", "Jisr al-Shughur", "Raqqa", "Palmyra", "Latamneh", "Salma"],
    region: "Homs and Hama provinces", datelines: ["MOSCOW", "BEIRUT", "WASHINGTON", "DAMASCUS"],
    sources: [["russianMod", 6], ["sohr", 3], ["coalition", 1], ["opposition", 2], ["sana", 2], ["syrianArmy", 2], ["ocha", 1], ["press", 1], ["amaq", 1]],
    operation: "Russia's air campaign",
  },
  {
    key: "raqqa", from: "2017-06-06", to: "2017-10-25", attacker: "us_coalition", adjective: "coalition",
    forces: ["coalition aircraft", "US-led coalition jets", "coalition warplanes", "coalition artillery and aircraft"],
    enemies: ["Islamic State militants", "IS fighters", "Daesh fighters", "jihadists"],
    soldiers: ["Syrian soldiers", "government troops"],
    places: ["Raqqa", "al-Badu", "al-Mashlab", "Tabqa", "al-Rumaila", "the Old City of Raqqa"],
    region: "Raqqa province", datelines: ["BEIRUT", "BAGHDAD", "WASHINGTON", "AIN ISSA"],
    sources: [["coalition", 5], ["sohr", 4], ["airwars", 3], ["sdf", 3], ["unhcr", 2], ["ocha", 2], ["sana", 1], ["press", 1], ["amaq", 1]],
    operation: "the battle for Raqqa",
  },
  {
    key: "mosul", from: "2016-10-17", to: "2017-07-20", attacker: "iraq_gov", adjective: "Iraqi",
    forces: ["Iraqi forces", "Iraqi counter-terrorism units", "Iraqi troops backed by coalition air power", "federal police units"],
    enemies: ["Islamic State militants", "Daesh terrorists", "IS fighters", "militants"],
    soldiers: ["Iraqi soldiers", "members of the security forces"],
    places: ["west Mosul", "the Old City", "al-Jadida", "Bab al-Toub", "Tal Afar", "east Mosul", "Hammam al-Alil"],
    region: "Nineveh province", datelines: ["MOSUL", "BAGHDAD", "ERBIL", "WASHINGTON"],
    sources: [["iraqJoc", 5], ["coalition", 4], ["airwars", 2], ["ocha", 3], ["unhcr", 2], ["who", 1], ["press", 1], ["amaq", 2]],
    operation: "the battle for Mosul",
  },
  {
    key: "afrin", from: "2018-01-20", to: "2018-03-25", attacker: "turkey", adjective: "Turkish",
    forces: ["Turkish jets", "Turkish artillery and aircraft", "Turkish drones", "Turkish-backed forces"],
    enemies: ["YPG fighters", "terrorists", "Kurdish militants", "PKK/YPG terrorists"],
    soldiers: ["Turkish soldiers", "Turkish troops"],
    places: ["Afrin", "Jandairis", "Rajo", "Bulbul", "Sheikh Hadid", "Afrin city"],
    region: "the Afrin region", datelines: ["ANKARA", "BEIRUT", "ISTANBUL", "QAMISHLI"],
    sources: [["turkishMod", 6], ["sohr", 4], ["sdf", 3], ["ocha", 2], ["unhcr", 1], ["sana", 1], ["press", 1]],
    operation: "Operation Olive Branch",
  },
  {
    key: "peace-spring", from: "2019-10-09", to: "2019-11-30", attacker: "turkey", adjective: "Turkish",
    forces: ["Turkish jets", "Turkish forces", "Turkish drones and artillery", "Turkish-backed rebels"],
    enemies: ["YPG fighters", "terrorists", "SDF fighters", "Kurdish militants"],
    soldiers: ["Turkish soldiers", "Syrian army troops"],
    places: ["Ras al-Ain", "Tal Abyad", "Qamishli", "Ain Issa", "Kobani", "Tal Tamr"],
    region: "north-east Syria", datelines: ["ANKARA", "QAMISHLI", "BEIRUT", "WASHINGTON"],
    sources: [["turkishMod", 5], ["sohr", 4], ["sdf", 4], ["ocha", 3], ["unhcr", 2], ["coalition", 1], ["press", 1]],
    operation: "Operation Peace Spring",
  },
  {
    key: "ghouta", from: "2018-02-18", to: "2018-04-14", attacker: "syria_gov", adjective: "government",
    forces: ["Syrian government aircraft", "government warplanes", "regime helicopters", "Syrian and Russian jets"],
    enemies: ["terrorists", "militants", "rebels", "fighters of Jaish al-Islam"],
    soldiers: ["Syrian soldiers", "government troops"],
    places: ["Douma", "Harasta", "Hamouriyeh", "Saqba", "Kafr Batna", "Eastern Ghouta"],
    region: "Eastern Ghouta", datelines: ["BEIRUT", "DAMASCUS", "GENEVA", "MOSCOW"],
    sources: [["sohr", 5], ["russianMod", 3], ["whiteHelmets", 3], ["ocha", 3], ["who", 2], ["sana", 2], ["syrianArmy", 2], ["snhr", 1], ["press", 1]],
    operation: "the offensive on Eastern Ghouta",
  },
  {
    key: "deir-ez-zor", from: "2017-09-05", to: "2019-03-23", attacker: "us_coalition", adjective: "coalition",
    forces: ["coalition aircraft", "US-led coalition jets", "US and allied aircraft", "coalition drones"],
    enemies: ["Islamic State militants", "IS fighters", "jihadists", "Daesh fighters"],
    soldiers: ["Syrian soldiers", "government troops", "Iraqi border guards"],
    places: ["Hajin", "Baghuz", "al-Shaafa", "Abu Kamal", "Susah", "Deir ez-Zor"],
    region: "Deir ez-Zor province", datelines: ["BEIRUT", "WASHINGTON", "BAGHDAD", "HASAKAH"],
    sources: [["coalition", 5], ["sdf", 4], ["sohr", 4], ["airwars", 2], ["ocha", 2], ["sana", 1], ["russianMod", 1], ["press", 1], ["amaq", 1], ["iranMedia", 1]],
    operation: "the campaign against the last Islamic State pocket",
  },
];

export const OUTLETS: readonly string[] = [
  "Levant Wire Service", "The Meridian Post", "Frontline Daily", "Eastbound News", "The Northern Courier", "Gazette of the Levant",
  "Newsdesk International", "The Atlantic Ledger", "Crescent Times", "Global Dispatch", "The Daily Sentinel", "Euphrates Review",
  "Orient Herald", "The Continental", "World Report Today", "The Morning Standard", "Capital Chronicle", "Harbour Times",
  "The Evening Lantern", "Pan-Arab Monitor", "Tigris Press", "Mediterranean Observer", "The Weekly Compass",
  "Northbridge News", "The Republic Journal", "Granite City Tribune", "Lighthouse Media", "Baltic Review", "The Free Desk",
  "Signal News Agency", "Overland Press", "The Courier Review", "Horizon Wire", "Atlas Newswire", "The Pioneer",
  "Riverbank Gazette", "East-West Bulletin", "The Correspondent's Desk", "Independent Radio News", "Open Source Daily",
];

export const FIRST_NAMES: readonly string[] = [
  "Dana", "Karim", "Hannah", "Oliver", "Selin", "Noor", "Tomas", "Miriam", "Pavel", "Sarah", "Leila", "Marcus", "Amira", "Jonas",
  "Elena", "Faris", "Ruth", "Yusuf", "Claire", "Dmitri", "Aisha", "Peter", "Lina", "Omar", "Grace", "Ivan", "Rania", "Sami",
];

export const LAST_NAMES: readonly string[] = [
  "Whitfield", "Nassar", "Okoro", "Pemberton", "Arslan", "al-Hashimi", "Lindqvist", "Okafor", "Ivanov", "Cole", "Karam",
  "Brennan", "Haddad", "Becker", "Sokolova", "Jaber", "Adeyemi", "Demir", "Fournier", "Volkov", "Rahman", "Hughes", "Saleh",
  "Morales", "Kowalski", "Farouk", "Tanaka", "Mansour",
];
