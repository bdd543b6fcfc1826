// The parties that assert figures in the synthetic corpus, with the ways real outlets name them:
// a first mention, shorter definite descriptions for later sentences ("the ministry", "the
// monitor"), named spokespeople, and the metrics each party plausibly reports. Keeping the side
// next to the names means every planted claim has a known gold side.

import type { Metric as ModelMetric, Side } from "@/lib/extract/types";

export type { Side };
// The generator plants only named metrics; "other" is what the extractor falls back to.
export type Metric = Exclude<ModelMetric, "other">;

export interface Source {
  key: string;
  side: Side;
  /** Full names for a first mention. */
  names: readonly string[];
  /** Definite descriptions for later mentions ("the ministry"). */
  short: readonly string[];
  /** Spokespeople, written as a first mention ("Major General Igor Konashenkov, the ministry's spokesman"). */
  speakers: readonly string[];
  pronoun: "it" | "they";
  /** Metrics this party reports; actions it performs itself are listed in `own`. */
  metrics: readonly Metric[];
  /** Metrics counting this party's own actions, so the planted actor is the claimant's side. */
  own: readonly Metric[];
}

const OWN_AIR: readonly Metric[] = ["sorties", "strikes", "targets_hit", "missiles", "militants_killed", "vehicles_destroyed"];

export const SOURCES: Readonly<Record<string, Source>> = {
  russianMod: {
    key: "russianMod", side: "russia", pronoun: "it",
    names: ["Russia's Defence Ministry", "the Russian Defence Ministry", "the Russian Defense Ministry", "Moscow's defence ministry"],
    short: ["the ministry", "the Russian military", "the defence ministry"],
    speakers: ["Major General Igor Konashenkov, the ministry's spokesman", "Colonel General Sergei Rudskoi of the General Staff",
      "Defence Minister Sergei Shoigu", "Lieutenant General Sergei Surovikin"],
    metrics: [...OWN_AIR, "aircraft", "territory", "people_displaced"],
    own: [...OWN_AIR],
  },
  coalition: {
    key: "coalition", side: "us_coalition", pronoun: "it",
    names: ["the US-led coalition", "US Central Command", "the Pentagon", "Combined Joint Task Force-Operation Inherent Resolve"],
    short: ["the coalition", "the US military", "coalition officials"],
    speakers: ["Colonel Ryan Dillon, a coalition spokesman", "Pentagon spokesman Captain Jeff Davis",
      "Colonel Sean Ryan, the coalition's spokesman", "Lieutenant General Stephen Townsend"],
    metrics: [...OWN_AIR, "civilians_killed", "sorties", "territory"],
    own: [...OWN_AIR, "civilians_killed"],
  },
  sohr: {
    key: "sohr", side: "monitor", pronoun: "it",
    names: ["the Syrian Observatory for Human Rights", "the Britain-based Syrian Observatory for Human Rights", "the Syrian Observatory"],
    short: ["the Observatory", "the monitor", "the war monitor", "the Britain-based monitor"],
    speakers: ["Rami Abdel Rahman, who heads the Observatory"],
    metrics: ["civilians_killed", "people_killed", "militants_killed", "soldiers_killed", "people_injured", "strikes", "territory"],
    own: [],
  },
  airwars: {
    key: "airwars", side: "monitor", pronoun: "it",
    names: ["Airwars", "the London-based monitoring group Airwars"],
    short: ["the group", "Airwars"],
    speakers: ["Chris Woods, the director of Airwars"],
    metrics: ["civilians_killed", "strikes"],
    own: [],
  },
  snhr: {
    key: "snhr", side: "monitor", pronoun: "it",
    names: ["the Syrian Network for Human Rights", "the rights group SNHR"],
    short: ["the network", "the rights group"],
    speakers: ["Fadel Abdul Ghany, the network's chairman"],
    metrics: ["civilians_killed", "people_injured", "strikes"],
    own: [],
  },
  ocha: {
    key: "ocha", side: "un", pronoun: "it",
    names: ["the UN Office for the Coordination of Humanitarian Affairs", "OCHA", "the UN's humanitarian office"],
    short: ["the agency", "the office", "the UN"],
    speakers: ["UN spokesman Stephane Dujarric", "Jens Laerke of OCHA"],
    metrics: ["people_displaced", "people_trapped", "civilians_killed"],
    own: [],
  },
  unhcr: {
    key: "unhcr", side: "un", pronoun: "it",
    names: ["the UN refugee agency", "UNHCR", "the United Nations refugee agency"],
    short: ["the agency", "UNHCR"],
    speakers: ["Andrej Mahecic, a UNHCR spokesman"],
    metrics: ["people_displaced", "people_trapped"],
    own: [],
  },
  who: {
    key: "who", side: "un", pronoun: "it",
    names: ["the World Health Organization", "the WHO"],
    short: ["the WHO", "the agency"],
    speakers: ["WHO spokesman Tarik Jasarevic"],
    metrics: ["people_injured", "people_killed", "strikes"],
    own: [],
  },
  sana: {
    key: "sana", side: "syria_gov", pronoun: "it",
    names: ["the state news agency SANA", "Syrian state media", "Syria's official news agency SANA"],
    short: ["the agency", "state media", "SANA"],
    speakers: ["a military source quoted by SANA"],
    metrics: ["militants_killed", "civilians_killed", "aircraft", "missiles", "vehicles_destroyed"],
    own: ["militants_killed", "vehicles_destroyed"],
  },
  syrianArmy: {
    key: "syrianArmy", side: "syria_gov", pronoun: "it",
    names: ["the Syrian army's general command", "the Syrian military", "Syria's army command"],
    short: ["the army", "the military", "the command"],
    speakers: ["Brigadier General Ali Mayhoub, an army spokesman"],
    metrics: ["militants_killed", "territory", "vehicles_destroyed", "targets_hit"],
    own: ["militants_killed", "vehicles_destroyed", "targets_hit"],
  },
  turkishMod: {
    key: "turkishMod", side: "turkey", pronoun: "it",
    names: ["Turkey's Defence Ministry", "the Turkish General Staff", "the Turkish military", "Ankara's defence ministry"],
    short: ["the ministry", "the military", "Ankara"],
    speakers: ["Defence Minister Hulusi Akar", "President Recep Tayyip Erdogan"],
    metrics: ["militants_killed", "targets_hit", "vehicles_destroyed", "soldiers_killed", "aircraft", "territory"],
    own: ["militants_killed", "targets_hit", "vehicles_destroyed", "aircraft", "territory"],
  },
  whiteHelmets: {
    key: "whiteHelmets", side: "rebels", pronoun: "they",
    names: ["the White Helmets", "rescue workers from the Syrian Civil Defence", "the White Helmets civil defence group"],
    short: ["the rescuers", "the civil defence", "the group"],
    speakers: ["Raed al-Saleh, head of the White Helmets"],
    metrics: ["civilians_killed", "people_killed", "people_injured"],
    own: [],
  },
  opposition: {
    key: "opposition", side: "rebels", pronoun: "they",
    names: ["the opposition Syrian National Coalition", "local activists", "rebel commanders", "the National Front for Liberation"],
    short: ["the activists", "the rebels", "opposition officials"],
    speakers: ["Naji Mustafa, a rebel spokesman"],
    metrics: ["civilians_killed", "soldiers_killed", "aircraft", "vehicles_destroyed", "people_killed"],
    own: ["soldiers_killed", "aircraft", "vehicles_destroyed"],
  },
  iraqJoc: {
    key: "iraqJoc", side: "iraq_gov", pronoun: "it",
    names: ["Iraq's Joint Operations Command", "the Iraqi military", "Iraq's counter-terrorism service"],
    short: ["the command", "the military", "Iraqi commanders"],
    speakers: ["Brigadier General Yahya Rasool, the command's spokesman", "Lieutenant General Abdul-Wahab al-Saadi"],
    metrics: ["militants_killed", "territory", "vehicles_destroyed", "targets_hit"],
    own: ["militants_killed", "territory", "vehicles_destroyed", "targets_hit"],
  },
  amaq: {
    key: "amaq", side: "isis", pronoun: "it",
    names: ["the Islamic State's Amaq news agency", "Amaq, the group's propaganda outlet", "an Islamic State statement"],
    short: ["Amaq", "the group", "the militants"],
    speakers: ["an Islamic State statement posted online"],
    metrics: ["soldiers_killed", "vehicles_destroyed", "people_killed", "aircraft"],
    own: ["vehicles_destroyed", "aircraft"],
  },
  iranMedia: {
    key: "iranMedia", side: "iran", pronoun: "it",
    names: ["Iran's Revolutionary Guards", "Iranian state television", "Iran's Fars news agency"],
    short: ["the Guards", "Tehran", "Iranian media"],
    speakers: ["General Ramezan Sharif, a Guards spokesman"],
    metrics: ["missiles", "targets_hit", "militants_killed"],
    own: ["missiles", "targets_hit", "militants_killed"],
  },
  press: {
    // The outlet's own count, with no other source named; the claimant is the outlet itself.
    key: "press", side: "media", pronoun: "they",
    names: ["our correspondent", "reporters for this newspaper", "a tally kept by this newspaper"],
    short: ["our correspondent", "our reporters"],
    speakers: ["our correspondent on the ground"],
    metrics: ["people_killed", "civilians_killed", "strikes", "people_displaced"],
    own: [],
  },
  sdf: {
    key: "sdf", side: "other", pronoun: "they",
    names: ["the Syrian Democratic Forces", "the Kurdish-led SDF", "the SDF"],
    short: ["the SDF", "the alliance", "Kurdish commanders"],
    speakers: ["SDF spokesman Mustafa Bali", "Kino Gabriel, an SDF spokesman"],
    metrics: ["militants_killed", "territory", "people_displaced", "civilians_killed", "soldiers_killed"],
    own: ["militants_killed", "territory"],
  },
};
