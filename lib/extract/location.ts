// The place a figure is about: the known place named nearest to it in its sentence.
import placesData from "./data/places.json";

const NAMES = Object.entries(placesData).filter(([k]) => k !== "_doc").flatMap(([, v]) => v as string[])
  .sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(`\\b(?:${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})\\b`, "g");

export function findLocation(sentence: string, figureOffset: number): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(sentence))) {
    // places after the figure ("killed 27 civilians in Raqqa") are preferred; one before it is
    // often the actor ("Russia launched six missiles")
    const d = m.index >= figureOffset ? m.index - figureOffset : 1000 + figureOffset - m.index;
    if (d < bestD) { bestD = d; best = m[0]; }
  }
  return best;
}

const PLACE_SET = new Set(NAMES.map((n) => n.toLowerCase()));

/** True for a known place name in any case ("BAGHDAD", "Damascus"). */
export function isPlaceName(s: string): boolean {
  return PLACE_SET.has(s.trim().toLowerCase());
}
