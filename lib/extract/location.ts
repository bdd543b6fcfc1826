// The place a figure is about: the known place named nearest to it in its sentence.
import placesData from "./data/places.json";

const NAMES = Object.entries(placesData).filter(([k]) => k !== "_doc").flatMap(([, v]) => v as string[])
  .sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(`\\b(?:${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})\\b`, "g");

export interface PlaceHit {
  index: number;
  name: string;
  /** "in Idlib", "near the northern town of Manbij": named as a place, not as a state that acts */
  locative: boolean;
  /** "fighters from Russia", "flying from Iran": where something came from */
  origin: boolean;
  /** a state or its capital, which often stands for the state ("Russia says", "Ankara blamed") */
  state: boolean;
  /** the table-cell bars around the name (-1: none): a place in another cell of the row is the row's */
  prevBar: number;
  nextBar: number;
}

const STANDS_FOR_STATE = new Set(["Syria", "Iraq", "Turkey", "Türkiye", "Iran", "Russia", "Israel", "Lebanon", "Jordan", "Yemen", "Libya", "Moscow", "Ankara", "Tehran", "Damascus", "Baghdad", "Washington", "Beirut", "Sanaa", "Tripoli", "Jerusalem"]);

// A preposition of place (a compass or descriptive word between: "in north-west Syria", "across rural Idlib")
// or a verb whose object is a place ("struck northern Homs", "seizes Palmyra"); a state's possessive
// may stand between ("in Syria's Idlib")
const LOCATIVE_BEFORE = /\b(?:in|inside|near|around|across|outside|at|into|over|on|toward|towards|throughout|within|to|of|from|struck|strikes?|hit|hits|shelled|shells|bombed|bombs|pounded|raided|targeted|attacked|besieged|besieges|captured|captures|seized|seizes|retook|retakes|recaptured|recaptures|entered|enters|stormed|storms|reached|reaches|fled|flee|flees|left|evacuated)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|rural|besieged|city\s+of|town\s+of|village\s+of|province\s+of)\s+)*(?:[ae][lnrstdz]-)?$/iu;
// a headline's place label ("Idlib: 24 health facilities attacked")
const PLACE_LABEL_AFTER = /^\s*:/;
// "in Sweida and Daraa", "in Iraq, Syria and Yemen": a place listed after one named as a place is one too
const LISTED_AFTER = /^\s*(?:,|and|or|,\s*and)\s*$/;
// "Russia's defence ministry", "Turkey's military": a possessive before a body names who acts or
// speaks; "Kirkuk's fields", "Baghdad's Green Zone", "half of Syria's territory" name a place
const POSSESSIVE_AFTER = /^['’]s\b/;
const BODY_AFTER_POSSESSIVE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:ministry|ministries|army|military|government|forces|force|navy|president|presidency|prime|foreign|defen[cs]e|interior|health|state|officials|authorities|centre|center|agency|media|news|spokesman|spokeswoman|leader|leadership|envoy|ambassador|guards|intelligence|police|parliament|embassy|general|chief|minister|jets|aircraft|warplanes|air|defences|defenses|troops|soldiers|regime|proxies|allies|delegation|mission|representative)\b/iu;

/** Every known place named in a sentence, found once and shared by all its figures. */
export function placesIn(sentence: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: PlaceHit | null = null;
  while ((m = PLACE_RE.exec(sentence))) {
    const end = m.index + m[0].length;
    const possessive = POSSESSIVE_AFTER.test(sentence.slice(end, end + 3));
    if (possessive && STANDS_FOR_STATE.has(m[0]) && BODY_AFTER_POSSESSIVE.test(sentence.slice(end, end + 60))) continue;
    const before = LOCATIVE_BEFORE.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
    const listed = last !== null && last.locative && LISTED_AFTER.test(sentence.slice(last.index + last.name.length, m.index));
    const labelled = m.index === 0 && PLACE_LABEL_AFTER.test(sentence.slice(end, end + 3));
    // "a Damascus hospital", "the Baghdad forensic medicine department" (not "the Syria Civil Defence")
    const attributive = /\b(?:a|an|the)\s+$/i.test(sentence.slice(Math.max(0, m.index - 5), m.index)) && /^\s+\p{Ll}/u.test(sentence.slice(end, end + 3));
    const hit: PlaceHit = { index: m.index, name: m[0], locative: before !== null || listed || labelled || possessive || attributive, origin: before !== null && /^from\b/i.test(before[0]),
      state: STANDS_FOR_STATE.has(m[0]), prevBar: sentence.lastIndexOf("|", m.index), nextBar: sentence.indexOf("|", end) };
    out.push(hit);
    last = hit;
  }
  return out;
}

// The place a figure is about: the nearest place named after it ("killed 27 civilians in Raqqa"),
// else the nearest before it. A state or its capital counts only where it is named as a place
// ("in Syria", "into Turkey", "half of Syria's territory", a table row's cell): elsewhere it is
// mostly the state acting or speaking ("Russia says 28 jets fired ...", "Turkey, which hosts 3.6
// million refugees", "..., Ankara said"). An origin ("fighters from Russia") is taken only where
// nothing else is named.
export function nearestPlace(places: PlaceHit[], figureOffset: number): string | null {
  let best: PlaceHit | null = null;
  let bestD = Infinity;
  for (const p of places) {
    const after = p.index >= figureOffset;
    const otherCell = after ? p.prevBar >= figureOffset : p.nextBar >= 0 && p.nextBar < figureOffset;
    if (p.state && !p.locative && !otherCell) continue;
    const d = (p.origin ? 2000 : 0) + (after ? p.index - figureOffset : 1000 + figureOffset - p.index);
    if (d < bestD) { bestD = d; best = p; }
  }
  return best?.name ?? null;
}

export function findLocation(sentence: string, figureOffset: number): string | null {
  return nearestPlace(placesIn(sentence), figureOffset);
}

const PLACE_SET = new Set(NAMES.map((n) => n.toLowerCase()));

/** True for a known place name in any case ("BAGHDAD", "Damascus"). */
// "Northwest Syria:", "NORTH-EAST SYRIA:": a compass point before a place is still the place
const COMPASS = /^(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+/;
export function isPlaceName(s: string): boolean {
  const name = s.trim().toLowerCase();
  return PLACE_SET.has(name) || (COMPASS.test(name) && PLACE_SET.has(name.replace(COMPASS, "")));
}
