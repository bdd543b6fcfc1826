// Quantities in a token list: digits, number words, "a dozen", vague amounts (ACLED
// convention), fractions and percentages, ranges and the qualifier in front of them.
import type { Qualifier } from "./types";
import type { Token } from "./tokens";

export interface Quantity {
  i: number; j: number; // token span [i, j) of the figure itself, qualifier excluded
  value: number; valueMax: number | null; qualifier: Qualifier;
  kind: "number" | "percent" | "fraction" | "vague";
  /** span start including a qualifier, for context checks */
  qi: number;
}

const UNITS: Record<string, number> = Object.assign(Object.create(null), {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});
const SCALES: Record<string, number> = Object.assign(Object.create(null), { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 });
const FRACTIONS: Record<string, number> = Object.assign(Object.create(null), {
  half: 0.5, third: 0.3333, thirds: 0.6667, quarter: 0.25, quarters: 0.75, fifth: 0.2, fifths: 0.2,
  tenth: 0.1, tenths: 0.1, sixth: 0.1667, eighth: 0.125,
});
const VAGUE: Record<string, number> = Object.assign(Object.create(null), { dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6, tens: 10 });
const OPENERS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), ...Object.keys(FRACTIONS),
  ...Object.keys(VAGUE), "a", "several", "few", "dozen"]);
const SUFFIX_SCALE: Record<string, number> = Object.assign(Object.create(null), { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 });

// Qualifiers read backwards from the figure (lower-case token sequences).
const QUALIFIERS: Array<[string[], Qualifier]> = [
  [["at", "least"], "at_least"], [["more", "than"], "at_least"], [["over"], "at_least"],
  [["upwards", "of"], "at_least"], [["in", "excess", "of"], "at_least"], [["no", "fewer", "than"], "at_least"],
  [["no", "less", "than"], "at_least"], [["just", "over"], "at_least"], [["above"], "at_least"],
  [["up", "to"], "at_most"], [["fewer", "than"], "at_most"], [["less", "than"], "at_most"],
  [["as", "many", "as"], "at_most"], [["at", "most"], "at_most"], [["no", "more", "than"], "at_most"],
  [["just", "under"], "at_most"], [["under"], "at_most"],
  [["about"], "approx"], [["around"], "approx"], [["roughly"], "approx"], [["nearly"], "approx"],
  [["almost"], "approx"], [["some"], "approx"], [["an", "estimated"], "approx"], [["estimated"], "approx"],
  [["approximately"], "approx"], [["close", "to"], "approx"], [["approx"], "approx"], [["circa"], "approx"],
];

function wordValue(words: string[]): number | null {
  let total = 0, current = 0, seen = false;
  for (const w0 of words) {
    for (const w of w0.split(/[-–]/)) {
      if (w === "and" || w === "a") continue;
      if (w in UNITS) { current += UNITS[w]; seen = true; }
      else if (w === "hundred") { current = (current || 1) * 100; seen = true; }
      else if (w in SCALES) { total += (current || 1) * SCALES[w]; current = 0; seen = true; }
      else return null;
    }
  }
  return seen ? total + current : null;
}

/** True when a token can open a figure: digits or a number word ("seven", "dozens"). */
export function opensFigure(tok: Token | undefined): boolean {
  return !!tok && (tok.type === "num" || isNumberWord(tok.lower) || tok.lower in VAGUE);
}

const NUMBER_WORD = new Map<string, boolean>(); // asked of every word of every sentence: remember answers

function isNumberWord(lower: string): boolean {
  let v = NUMBER_WORD.get(lower);
  if (v === undefined) {
    v = lower.split(/[-–]/).every((w) => w in UNITS || w in SCALES);
    if (NUMBER_WORD.size < 50_000) NUMBER_WORD.set(lower, v);
  }
  return v;
}

// A decimal times its scale, without binary noise: 4.1 * 1e6 is 4099999.9999999995 in doubles,
// which an export would print as it is. Fifteen significant digits hold every figure written.
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

const ORDINAL_COUNTED = /^(?:strike|airstrike|attack|raid)$/;
/** Reads one figure starting at token k; returns [value, endToken, kind, qualifier?]. */
function readCore(t: Token[], k: number): { value: number; j: number; kind: Quantity["kind"]; q?: Qualifier; article?: boolean } | null {
  const tok = t[k];
  const low = tok.lower;
  if (tok.type === "punct") return null;
  const next = t[k + 1]?.lower;
  if (tok.type === "num") {
    if (tok.compound) return null; // "14-year-old", "72-hour"
    let value = Number(tok.text.replace(/,/g, ""));
    if (tok.suffix) {
      // "the 71st Israeli strike in Syria this year": an ordinal of strikes counts them (not "the 4th Division")
      if (/^(?:st|nd|rd|th)$/.test(tok.suffix) && (ORDINAL_COUNTED.test(t[k + 1]?.lower ?? "") || (/^[A-Z]/.test(t[k + 1]?.text ?? "") && ORDINAL_COUNTED.test(t[k + 2]?.lower ?? "")))) return { value, j: k + 1, kind: "number" };
      if (!(tok.suffix in SUFFIX_SCALE)) return null; // "2A4", "1990s", "4th"
      value = scaled(value, SUFFIX_SCALE[tok.suffix]);
    }
    let j = k + 1;
    if (next && next in SCALES && next !== "hundred") { value = scaled(value, SCALES[next]); j++; }
    return { value, j, kind: "number" };
  }
  if (tok.type !== "word") return null;
  // "hit the Jusiyah crossing twice": two times
  if (low === "twice") return { value: 2, j: k + 1, kind: "number" };
  // most words open no figure: decide that from the first part of the word before any splitting
  if (!OPENERS.has(low)) {
    const dash = low.search(/[-–]/);
    if (dash < 0 || !OPENERS.has(low.slice(0, dash))) return null;
  }
  if (low === "a" && next === "dozen") return { value: 12, j: k + 2, kind: "number", q: "approx" };
  if ((low === "several" || low === "a") && next === "dozen") return { value: 12, j: k + 2, kind: "vague" };
  if ((low === "several" || low === "few") && (next === "hundred" || next === "thousand"))
    return { value: SCALES[next], j: k + 2, kind: "vague" };
  if (low === "tens" && next === "of" && t[k + 2]?.lower === "thousands") return { value: 1e4, j: k + 3, kind: "vague" };
  if (low === "hundreds" && next === "of" && t[k + 2]?.lower === "thousands") return { value: 1e5, j: k + 3, kind: "vague" };
  if (low in VAGUE && low !== "tens") return { value: VAGUE[low], j: k + 1, kind: "vague" };
  if (low === "dozen" && t[k - 1]?.lower !== "a") return null;
  // fractions need "of" (or "the" for half): "a third corridor" is an ordinal
  const parts = low.split(/[-–]/);
  const fracWord = parts[parts.length - 1];
  // "the western half of the city", "the first half of 2017" name a part, not a share
  const before = t[k - 1]?.lower ?? "";
  if (fracWord === "half" && (before === "the" || /(?:ern|first|second|last)$/.test(before))) return null;
  if (low === "half" && next === "a" && t[k + 2] && t[k + 2].lower in SCALES) return { value: SCALES[t[k + 2].lower] / 2, j: k + 3, kind: "number" };
  if (fracWord in FRACTIONS && (next === "of" || (fracWord === "half" && next === "the"))) {
    let mult = 1;
    // "two-thirds": FRACTIONS holds the whole of "thirds" and "quarters" (2/3, 3/4) for "two thirds of", so scale back to one part
    if (parts.length === 2) { const u = UNITS[parts[0]]; if (!u) return null; mult = fracWord === "thirds" ? u / 2 : fracWord === "quarters" ? u / 3 : u; }
    else if (fracWord !== "half") {
      const prev = t[k - 1]?.lower;
      if (prev && prev in UNITS) return null; // handled from the number word
      if (prev !== "a" && prev !== "one") return null;
    }
    const share = Math.round(FRACTIONS[fracWord] * mult * 10000) / 10000;
    // "a quarter of a million", "three-quarters of a million": a number, not a share
    if (t[k + 2]?.lower === "a" && t[k + 3] && t[k + 3].lower in SCALES) return { value: Math.round(share * SCALES[t[k + 3].lower]), j: k + 4, kind: "number", article: parts.length === 1 && fracWord !== "half" };
    return { value: share, j: k + 1, kind: "fraction", article: parts.length === 1 && fracWord !== "half" };
  }
  if (low === "a" && next && next in SCALES && t[k + 2]?.lower !== "of") {
    return { value: SCALES[next], j: k + 2, kind: "number" };
  }
  if (isNumberWord(low)) {
    let j = k + 1;
    const words = [low];
    while (j < t.length) {
      const w = t[j].lower;
      if (isNumberWord(w)) { words.push(w); j++; continue; }
      if (w === "and" && t[j + 1] && isNumberWord(t[j + 1].lower) && words.some((x) => x in SCALES)) { j++; continue; }
      break;
    }
    // "two thirds of", "three quarters of"
    const after = t[j]?.lower;
    if (after && (after === "thirds" || after === "quarters" || after === "fifths") && t[j + 1]?.lower === "of") {
      const v = wordValue(words);
      if (v === null) return null;
      return { value: Math.round(v * FRACTIONS[after] * (after === "thirds" ? 0.5 : after === "quarters" ? 1 / 3 : 1) * 10000) / 10000, j: j + 1, kind: "fraction" };
    }
    const v = wordValue(words);
    // "about two dozen members", "three dozen": dozens of the number before
    if (v !== null && t[j]?.lower === "dozen" && v <= 20) return { value: v * 12, j: j + 1, kind: "number" };
    return v === null ? null : { value: v, j, kind: "number" };
  }
  return null;
}

function qualifierBefore(t: Token[], k: number): [Qualifier, number] | null {
  for (const [seq, q] of QUALIFIERS) {
    const s = k - seq.length;
    if (s < 0) continue;
    if (seq.every((w, x) => t[s + x].lower === w)) {
      // "more than a dozen": qualifier wins over the approx of "a dozen"
      return [q, s];
    }
  }
  return null;
}

// the scale words a second number can share with the first ("two or three hundred")
const SHARED_SCALES = [1_000_000, 1000, 100];

const CHANGE = /^(?:rose|risen|rise|rises|rising|increased|climbed|jumped|grew|grown|fell|fallen|dropped|decreased|declined|raised|revised|lowered|cut|went|gone|up|down)$/;

export function findQuantities(t: Token[]): Quantity[] {
  const out: Quantity[] = [];
  let k = 0;
  while (k < t.length) {
    const core = readCore(t, k);
    if (!core) { k++; continue; }
    let { value, j, kind } = core;
    // "one in three children", "1 in 5": a share, like "a third"
    if (value === 1 && kind === "number" && t[j]?.lower === "in") {
      const d = readCore(t, j + 1);
      if (d && d.kind === "number" && d.value > 1 && d.value <= 100) { value = Math.round((1 / d.value) * 10000) / 10000; kind = "fraction"; j = d.j; }
    }
    // "two out of three of them", "nine out of ten": a share, not two figures
    if (kind === "number" && t[j]?.lower === "out" && t[j + 1]?.lower === "of" && value < 100) {
      const d = readCore(t, j + 2);
      if (d && d.kind === "number" && d.value > value && d.value <= 100) { value = Math.round((value / d.value) * 10000) / 10000; kind = "fraction"; j = d.j; }
    }
    let qualifier: Qualifier = core.q ?? "exact";
    let valueMax: number | null = null;
    let qi = k;
    // percentages
    const p = t[j]?.lower;
    if (p === "%" || p === "percent" || p === "pc") { kind = kind === "number" ? "percent" : kind; j++; }
    else if (p === "per" && t[j + 1]?.lower === "cent") { kind = "percent"; j += 2; }
    // "1,000+"
    if (t[j]?.text === "+" && t[j].start === t[j - 1].end) { qualifier = "at_least"; j++; }
    // ranges: "60 to 70", "60-70", "between 30 and 40"
    const sep = t[j]?.lower;
    const between = t[k - 1]?.lower === "between";
    // ("rose from 11 to 34", "cut from 45 to 30": a change, two figures, not a range)
    const change = sep === "to" && t[k - 1]?.lower === "from" && CHANGE.test(t[k - 2]?.lower ?? "");
    if (kind !== "vague" && !change && (sep === "to" || sep === "-" || sep === "–" || (sep === "and" && between))) {
      // "between 6,000 and more than 12,000": the upper end may carry its own qualifier
      const hiAt = between && sep === "and" && t[j + 1]?.lower === "more" && t[j + 2]?.lower === "than" ? j + 3 : j + 1;
      const hi = t[hiAt] ? readCore(t, hiAt) : null;
      if (hi && hi.kind === "number" && hi.value > value) {
        valueMax = hi.value; j = hi.j;
        const p2 = t[j]?.lower;
        if (p2 === "%" || p2 === "percent") { kind = "percent"; j++; }
      }
    }
    // "five or six", "20 or 30 fighters", "two or three hundred", "five or six thousand": an estimate
    // between the two, a scale word after the second belonging to both (two years are no range)
    if (valueMax === null && kind === "number" && sep === "or" && t[j + 1]) {
      const hi = readCore(t, j + 1);
      const scale = hi ? SHARED_SCALES.find((s) => hi.value % s === 0 && hi.value / s > value && hi.value / s < 100 && value < 100) : undefined;
      const lo = scale ? value * scale : value;
      const years = value >= 1900 && value <= 2100 && hi && hi.value >= 1900 && hi.value <= 2100;
      if (hi && hi.kind === "number" && !hi.q && !years && hi.value > lo && (scale || hi.value <= lo * 10)) {
        value = lo; valueMax = hi.value; j = hi.j; qualifier = "approx";
      }
    }
    if (between) qi = k - 1;
    if (core.article) qi = k - 1; // "about a third": the qualifier sits before "a"
    const q = qualifierBefore(t, qi);
    if (q) { qualifier = kind === "vague" ? "vague" : q[0]; qi = q[1]; }
    if (kind === "vague") qualifier = "vague";
    out.push({ i: k, j, value, valueMax, qualifier, kind, qi });
    k = j;
  }
  return out;
}
