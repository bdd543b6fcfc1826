// Words that name who acts: agent nouns ("strikes", "forces"), side words ("Russian", "coalition"),
// side names that act on their own, and named operations. Split from actor.ts.
import type { Side } from "./types";
import type { Token } from "./tokens";
import { bare } from "./tokens";
export const AGENT = new Set(["strikes", "strike", "airstrikes", "airstrike", "raids", "raid", "jets", "warplanes", "aircraft",
  "planes", "bombers", "helicopters", "drones", "forces", "troops", "army", "military", "artillery", "shelling",
  "bombardment", "navy", "ships", "warships", "pilots", "aviation", "offensive", "operation", "missiles", "fire",
  "gunfire", "campaign", "gunships", "crews", "defences", "defenses", "units", "attack", "attacks", "destroyers",
  "fighters", "soldiers", "militants", "submarine", "force", "air", "bombing", "bombs", "actions", "rockets", "shells",
  "mortars", "mortar", "barrage", "barrages", "bombardments", "raiders", "gunmen", "snipers", "militias", "militia", "formations",
  // (only with a side word before them: "Iran-backed groups have attacked", "Iran-aligned factions fired")
  "groups", "factions",
  // one weapon acts too: "a Turkish drone struck a car", "a Russian jet fired two missiles"
  "drone", "jet", "warplane", "plane", "helicopter", "missile", "rocket", "bomber"]);
export const SIDE_WORD: Record<string, Side> = Object.assign(Object.create(null), {
  russian: "russia", russia: "russia", moscow: "russia",
  us: "us_coalition", "u.s": "us_coalition", american: "us_coalition", "us-led": "us_coalition", coalition: "us_coalition",
  "u.s.-led": "us_coalition", washington: "us_coalition",
  turkish: "turkey", "turkish-led": "turkey", "turkey": "turkey", "turkish-backed": "turkey", "türkiye": "turkey", "türkiye's": "turkey",
  government: "syria_gov", "pro-government": "syria_gov", regime: "syria_gov", "pro-regime": "syria_gov",
  syrian: "syria_gov", assad: "syria_gov", "pro-assad": "syria_gov", loyalist: "syria_gov",
  democratic: "other", // "Syrian Democratic Forces": the nearest word decides
  british: "us_coalition", raf: "us_coalition", french: "us_coalition",
  iranian: "iran", iraqi: "iraq_gov", kurdish: "other", ypg: "other", sdf: "other", israeli: "other",
  // ("illegal armed formations": the Russian military's word for the armed opposition)
  // armed forces of the region's other wars act as "other", NATO as the US-led alliance ("Houthi missiles", "NATO jets")
  // Iran's proxies are no state's forces: the labels give "Iran-backed militias" side other, not Iran
  "iran-backed": "other", "iranian-backed": "other", "iran-aligned": "other", "iran-allied": "other",
  houthi: "other", houthis: "other", hezbollah: "other", lna: "other", pkk: "other", hamas: "other", nato: "us_coalition",
  rebel: "rebels", rebels: "rebels", opposition: "rebels", illegal: "rebels", is: "isis", isis: "isis", daesh: "isis", jihadist: "isis",
});
// side names that act on their own: "the coalition carried out", "IS controlled", "militants fired"
export const STANDALONE: Record<string, Side> = Object.assign(Object.create(null), { coalition: "us_coalition", russia: "russia", moscow: "russia", turkey: "turkey",
  ankara: "turkey", "türkiye": "turkey", turkiye: "turkey", washington: "us_coalition", israel: "other", daesh: "isis", isis: "isis", isil: "isis", is: "isis", regime: "syria_gov", syria: "syria_gov", damascus: "syria_gov", iran: "iran", tehran: "iran", iraq: "iraq_gov", baghdad: "iraq_gov",
  militants: "rebels", rebels: "rebels", insurgents: "rebels", sdf: "other", ypg: "other",
  // ("the Houthis had launched", "NATO struck", "Hezbollah fired")
  houthis: "other", hezbollah: "other", lna: "other", pkk: "other", hamas: "other", nato: "us_coalition",
  // ("Jabhat al-Nusra killed 22 civilians", "Hayat Tahrir al-Sham ... controlled 99 per cent": the labels give them the rebels)
  nusra: "rebels", "al-nusra": "rebels", hts: "rebels", "al-sham": "rebels" });
export const PLACE_STATE = new Set(["syria", "damascus", "iran", "tehran", "iraq", "baghdad"]);
// named operations of the wars in Syria and Iraq
export const OPERATIONS: Record<string, Side> = Object.assign(Object.create(null), {
  "olive branch": "turkey", "euphrates shield": "turkey", "peace spring": "turkey", "spring shield": "turkey",
  "inherent resolve": "us_coalition", shader: "us_coalition", chammal: "us_coalition", okra: "us_coalition",
  roundup: "other",
});
export const GOVERNMENT = new Set(["government", "pro-government"]);

export const STATE: ReadonlySet<Side> = new Set(["russia", "us_coalition", "turkey", "syria_gov", "iran", "iraq_gov"]);
export const OWN = new Set(["our", "its", "their"]);

/** The side a single word names ("Russian", "coalition", "government" as the article's government). */
export function sideWord(tok: Token | undefined, govSide: Side): Side | null {
  if (!tok) return null;
  const w = bare(tok);
  if (w === "is" && tok.text !== "IS") return null;
  if (w === "us" && tok.text !== "US") return null; // "told us", "for us"
  if (GOVERNMENT.has(w)) return govSide;
  return SIDE_WORD[w] ?? null;
}
