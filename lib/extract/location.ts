// The place a figure is about: the known place named nearest to it in its sentence.
import placesData from "./data/places.json";

const NAMES = Object.entries(placesData).filter(([k]) => k !== "_doc").flatMap(([, v]) => v as string[])
  .sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(`\\b(?:${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})\\b`, "g");

export interface PlaceHit { index: number; name: string }

/** Every known place named in a sentence, found once and shared by all its figures. */
export function placesIn(sentence: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(sentence))) out.push({ index: m.index, name: m[0] });
  return out;
}

export function nearestPlace(places: PlaceHit[], figureOffset: number): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const p of places) {
    // places after the figure ("killed 27 civilians in Raqqa") are preferred; one before it is
    // often the actor ("Russia launched six missiles")
    const d = p.index >= figureOffset ? p.index - figureOffset : 1000 + figureOffset - p.index;
    if (d < bestD) { bestD = d; best = p.name; }
  }
  return best;
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
