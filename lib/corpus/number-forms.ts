// Renders a planted figure the many ways reporters write numbers: digits with and without
// thousands separators, number words, "1.2 million", qualifiers, ranges, vague amounts,
// percentages and fractions. Each rendering carries the value an annotator would label, so the
// corpus doubles as ground truth for extractor benchmarks.
import type { Random } from "./prng";

export type Qualifier = "exact" | "approx" | "at_least" | "at_most" | "vague";

export interface RenderedNumber {
  text: string;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0..999,999 ("three hundred and forty-two"). */
export function numberToWords(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000) {
    const rest = n % 100;
    return `${ONES[Math.floor(n / 100)]} hundred${rest ? ` and ${numberToWords(rest)}` : ""}`;
  }
  const rest = n % 1000;
  const tail = rest === 0 ? "" : rest < 100 ? ` and ${numberToWords(rest)}` : ` ${numberToWords(rest)}`;
  return `${numberToWords(Math.floor(n / 1000))} thousand${tail}`;
}

function withSeparators(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Rounds to two significant figures so "about" and "more than" sit on plausible round numbers. */
export function roundish(n: number): number {
  if (n < 20) return n;
  const mag = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / mag) * mag;
}

function digits(r: Random, n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${(n / 1_000_000).toString()} million`;
  if (n >= 1000) return r.chance(0.88) ? withSeparators(n) : n.toString();
  return n.toString();
}

/** Plain figure: words for small or round numbers some of the time, digits otherwise. */
export function plainNumber(r: Random, n: number): string {
  const wordy = n <= 12 || (n < 1000 && n % 100 === 0) || (n < 100 && n % 10 === 0);
  if (wordy && r.chance(n <= 9 ? 0.7 : 0.3)) return numberToWords(n);
  return digits(r, n);
}

const APPROX = ["about", "around", "nearly", "some", "roughly", "an estimated", "almost", "approximately"];
const AT_LEAST = ["at least", "more than", "over", "no fewer than", "upwards of"];
const AT_MOST = ["up to", "fewer than", "less than", "as many as", "no more than"];

const VAGUE: readonly (readonly [number, string[]])[] = [
  [12, ["dozens of", "several dozen"]],
  [100, ["hundreds of", "several hundred"]],
  [1000, ["thousands of"]],
  [10000, ["tens of thousands of"]],
];

/** A count of things with the qualifier mix seen in the devset. */
export function renderCount(r: Random, value: number, allowVague = true): RenderedNumber {
  const roll = r.float();
  if (allowVague && roll < 0.05 && value >= 12) {
    const [v, phrases] = [...VAGUE].reverse().find(([v]) => value >= v) ?? VAGUE[0];
    return { text: r.pick(phrases), value: v, qualifier: "vague" };
  }
  if (roll < 0.13 && value >= 4) {
    const hi = roundish(Math.ceil(value * (1.15 + r.float() * 0.5)));
    const lo = roundish(value);
    const top = hi > lo ? hi : lo + 2;
    // Both ends in the same style: "between five and seven" or "between 5 and 7", never mixed.
    const words = top <= 12 && r.chance(0.5);
    const [a, b] = words ? [numberToWords(lo), numberToWords(top)] : [digits(r, lo), digits(r, top)];
    const forms = words ? [`between ${a} and ${b}`, `${a} to ${b}`] : [`between ${a} and ${b}`, `${a} to ${b}`, `${a}-${b}`, `from ${a} to ${b}`];
    return { text: r.pick(forms), value: lo, valueMax: top, qualifier: "exact" };
  }
  // "About 2" reads oddly; small counts are given exactly or as a floor.
  if (roll < 0.3 && value >= 8) {
    const v = roundish(value);
    return { text: `${r.pick(APPROX)} ${plainNumber(r, v)}`, value: v, qualifier: "approx" };
  }
  if (roll < 0.48) {
    const v = roundish(value);
    return { text: `${v < 5 ? "at least" : r.pick(AT_LEAST)} ${plainNumber(r, v)}`, value: v, qualifier: "at_least" };
  }
  if (roll < 0.52) {
    const v = roundish(value);
    return { text: `${r.pick(AT_MOST)} ${plainNumber(r, v)}`, value: v, qualifier: "at_most" };
  }
  return { text: plainNumber(r, value), value, qualifier: "exact" };
}

const FRACTIONS: readonly (readonly [number, string])[] = [
  [0.5, "half"], [0.3333, "a third"], [0.6667, "two-thirds"], [0.25, "a quarter"], [0.75, "three quarters"], [0.2, "a fifth"],
];

/** A share of ground or of a total: percentages in three spellings, or a fraction. */
export function renderShare(r: Random): RenderedNumber {
  if (r.chance(0.35)) {
    const [value, text] = r.pick(FRACTIONS);
    const q = r.weighted<Qualifier>([["exact", 3], ["approx", 2], ["at_least", 1]]);
    const prefix = q === "approx" ? `${r.pick(["about", "nearly", "roughly"])} ` : q === "at_least" ? "more than " : "";
    return { text: prefix + text, value, qualifier: q };
  }
  const value = r.int(3, 19) * 5;
  const body = r.pick([`${value} percent`, `${value}%`, `${value} per cent`]);
  return r.chance(0.35)
    ? { text: `about ${body}`, value, qualifier: "approx" }
    : { text: body, value, qualifier: "exact" };
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
