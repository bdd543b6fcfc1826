// Word lists for resolving speakers: nationalities, places, roles and unnamed sources. Split from
// speaker.ts, which reads a speaker phrase with them.
import type { Side } from "./types";
import { bare, tokenize, type Token } from "./tokens";
import placesData from "./data/places.json";

export const NATIONALITY: Record<string, Side> = Object.assign(Object.create(null), {
  russian: "russia", russia: "russia", moscow: "russia", kremlin: "russia",
  us: "us_coalition", "u.s": "us_coalition", american: "us_coalition", americans: "us_coalition", russians: "russia", washington: "us_coalition", british: "us_coalition", french: "us_coalition",
  syrian: "syria_gov", syria: "syria_gov", damascus: "syria_gov", regime: "syria_gov",
  turkish: "turkey", turkey: "turkey", ankara: "turkey",
  iranian: "iran", iran: "iran", tehran: "iran",
  iraqi: "iraq_gov", iraq: "iraq_gov", baghdad: "iraq_gov",
  kurdish: "other", israeli: "other", jordanian: "other", lebanese: "other", saudi: "other", israel: "other", jordan: "other",
  // ("Lebanon's health minister": a state of no side of its own is not the state in play)
  lebanon: "other", yemen: "other", yemeni: "other", qatar: "other", qatari: "other", egypt: "other", egyptian: "other", libya: "other", libyan: "other", emirati: "other",
  german: "us_coalition", belgian: "us_coalition", belgium: "us_coalition", dutch: "us_coalition", netherlands: "us_coalition",
  danish: "us_coalition", denmark: "us_coalition", australian: "us_coalition", canadian: "us_coalition", "türkiye": "turkey", turkiye: "turkey",
  opposition: "rebels", rebel: "rebels", activists: "rebels", activist: "rebels",
});
// side words that override a plain nationality ("Syrian opposition", "Syrian Kurdish")
export const STRONG = new Set(["opposition", "rebel", "activists", "activist", "kurdish"]);
// (states with no side of their own in the claim model: their officials are "other")
const SIDE_OF_COUNTRY: Record<string, Side> = { syria: "syria_gov", iraq: "iraq_gov", turkey: "turkey", russia: "russia", iran: "iran", lebanon: "other", israel: "other", yemen: "other", libya: "other" };
// the Kurdistan Region's places lie in Iraq, but their officials ("the governor of Erbil", "a Duhok health
// official") are the Region's, of no side
const KURDISTAN_REGION = new Set(["Iraqi Kurdistan", "Kurdistan Region", "Erbil", "Duhok", "Dohuk", "Sulaymaniyah", "Zakho", "Koya", "Halabja", "Soran", "Sidakan"]);
// first word -> the whole place names it opens
export const PLACE_SIDE = new Map<string, Array<{ words: string[]; side: Side }>>();
for (const [country, names] of Object.entries(placesData)) {
  if (country === "_doc") continue;
  for (const n of names as string[]) {
    const words = tokenize(n, 0).map((x) => bare(x));
    PLACE_SIDE.set(words[0], [...(PLACE_SIDE.get(words[0]) ?? []), { words, side: KURDISTAN_REGION.has(n) ? "other" : SIDE_OF_COUNTRY[country] }]);
  }
}
// unnamed sources quoted by the outlet: someone else, side unknown
export const UNNAMED = new Set(["sources", "source", "people", "witnesses", "residents", "analysts", "workers", "medics",
  "doctors", "doctor", "nurses", "rescuers", "survivors", "relatives", "locals", "villagers", "observers", "experts",
  "resident", "witness", "villager", "survivor", "relative", "medic", "nurse", "rescuer", "worker", "analyst", "observer",
  "man", "woman", "father", "mother", "farmer", "teacher", "driver"]);
export const LOCAL_BODY = new Set(["municipality", "hospital", "police", "mayor", "governorate"]);
export const BODY_WORD = new Set(["group", "organisation", "organization", "charity", "watchdog", "agency"]);
export const BODY_KIND = new Set(["monitor", "ngo", "group", "org", "un"]);
export const GENERIC_ENTRY = new Set(["rights groups", "rebel groups", "local activists", "media reports"]);
export const UNNAMED_PLURAL = new Set(["officials", "commanders", "officers", "authorities", "spokesmen"]);
export const ROLE = new Set(["charity", "watchdog",
  "officials", "official", "officers", "officer", "military", "army", "government", "ministry", "minister",
  "spokesman", "spokeswoman", "spokesperson", "command", "commander", "commanders", "forces", "authorities",
  "media", "diplomat", "diplomats", "sources", "source", "governor", "envoy", "president", "figures", "director",
  "head", "chief", "general", "leader", "leaders", "agency", "council", "directorate", "administration", "police", "presidency",
  "monitor", "group", "groups", "centre", "center", "office", "staff", "coalition", "observatory", "residents",
  "witnesses", "doctors", "doctor", "medics", "rescuers", "activists", "people", "person", "analysts", "state",
  "news", "site", "newspaper", "service", "channel", "television", "tv", "broadcaster", "agency", "correspondent", "mayor",
  "representative", "ambassador", "secretary", "prime", "deputy", "lieutenant", "colonel", "captain", "major",
  "admiral", "brigadier", "sergeant", "dr", "statement", "report", "reports", "department", "organization",
  "organisation", "agencies", "fighters", "commanders", "tribal", "local", "senior", "defence", "defense",
  "foreign", "interior", "health", "humanitarian", "pentagon", "spokesmen", "he", "she", "they", "it", "we",
  "opposition", "rebel", "rebels", "kurdish", "tally", "count", "estimate", "assessment", "own", "based", "war", "volunteers", "volunteer", "teams", "team", "members", "units", "mission",
  // a body's own documents and researchers: "its daily bulletin says", "its analysis shows", "its researchers assessed"
  "bulletin", "analysis", "researchers", "investigators", "findings", "database",
  ...UNNAMED, ...LOCAL_BODY,
]);
export const PERSON_ROLE = new Set(["official", "spokesman", "spokeswoman", "spokesperson", "commander", "governor",
  "envoy", "president", "director", "head", "chief", "general", "leader", "minister", "diplomat", "mayor",
  "ambassador", "secretary", "doctor", "dr", "source", "correspondent", "representative", "he", "she", "colonel",
  "captain", "major", "admiral", "lieutenant", "officer", "resident", "witness", "medic", "nurse", "rescuer",
  "worker", "activist", "villager", "survivor"]);

export const STATE_FORCE = new Set(["police", "policemen", "troops"]);
// ("Local authorities in Raqqa report": local bodies keep no side from a place the government may not hold)
export const NOT_OFFICIAL = new Set(["local", "source", "sources", "doctor", "doctors", "medic", "medics", "nurse", "nurses", "resident", "residents",
  "witness", "witnesses", "activist", "activists", "rescuer", "rescuers", "villager", "villagers", "survivor", "survivors"]);
export const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);

export const ORG_WORD = /\b(?:Committee|Council|Organi[sz]ation|Agency|Office|Ministry|Red Cross|Red Crescent|Group|Network|Centre|Center|Institute|Foundation|Union|Federation|Association|Army|Forces|Front|Brigade|Movement|Party)\b/;
// "the Magen David Adom rescue service": a name ending in such a word is a body's, not a person's
export const ORG_TAIL = /\b(?:service|services|agency|organi[sz]ation|office|ministry|society|committee|council|network|centre|center|group|foundation|association|authority|commission|directorate|institute|union|federation|department|administration|team|project|observatory)$/i;
// "the interior ministry", "the Ministry of Health": a branch of the government of the state in play
export const MINISTRY_RE = /^(?:the |its )?(?:(interior|health|defen[cs]e|foreign|migration|displacement|electricity|oil|justice) ministry|ministry of (interior|health|migration|justice|electricity|oil))(?: spokesman| spokeswoman| official| officials)?$/i;
export const BODY_HEAD = /^(?:ministry|council|directorate|office|agency|authority|authorities|committee|foundation|administration|commission)$/;

// titles of someone sent by one state or body to another: "Russia's ambassador to the UN"
export const ENVOY = /^(?:ambassador|envoy|adviser|advisor|representative|delegate|attaché|attache|emissary)$/;

/** Where "to" follows an envoy's title in [from, to), or -1: an envoy speaks for the sender, not the host. */
export function envoyTo(t: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) if (t[k].lower === "to" && ENVOY.test(t[k - 1].lower)) return k;
  return -1;
}

// ("the Hawija local council", "the Anbar health directorate": the gazetteer files local councils and health
// directorates under the Syrian opposition's; in an article about Iraq they are the Iraqi state's local
// authorities, and in the Kurdistan Region's towns a body of no side the text gives)
const KURDISH_PLACE = /^(?:erbil|duhok|dohuk|sulaymaniyah|zakho|halabja|kurdistan|kurdish|qamishli|kobani|hasakah)$/;
/** The side of a local council or health directorate the gazetteer filed as the opposition's, or null. */
export function localBodySide(entryName: string, words: Token[], gov: Side | null): Side | null {
  if (entryName !== "local activists" || gov !== "iraq_gov" || !words.some((w) => /^(?:council|councils|directorate)$/.test(bare(w)))) return null;
  return words.some((w) => KURDISH_PLACE.test(bare(w).replace(/['’]s$/, ""))) ? "other" : "iraq_gov";
}

// ("Local officials told UNAMI", "the municipality says", "according to local officials" in Daquq): in an article
// about Iraq, local officials are the Iraqi state's own (in a sentence about the Kurdistan Region: of no side)
const KURDISH_SENTENCE = /\b(?:Erbil|Duhok|Dohuk|Sulaymaniyah|Zakho|Halabja|Kurdistan|Kurdish|Koya|Soran|Sidakan|Peshmerga|KRG)\b/;
/** The side of unnamed local officials or a municipality in sentence t, or null; `d` is the article read so far. */
export function localOfficialSide(t: Token[], d: { gov: Side | null; country: string | null; kurdish: boolean }): Side | null {
  // (nor in an article about Turkey that names Iraq more than Syria: Uludere's officials are Turkey's)
  return d.gov === "iraq_gov" && d.country !== "Turkish" && !d.kurdish && !KURDISH_SENTENCE.test(t.map((x) => x.text).join(" ")) ? "iraq_gov" : null;
}

/** An article that names the Kurdistan Region's places more often than Iraq, Iraqi or Baghdad. */
export function kurdishArticle(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(new RegExp(KURDISH_SENTENCE.source, "g")) > count(/\b(?:Iraq|Iraqi|Baghdad)\b/g);
}
