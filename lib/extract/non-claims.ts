// Figures that are not claims: dates, years, clock times, ages, models, document numbers,
// phone numbers, "24/7", copyright lines, durations and money.
import type { Token } from "./tokens";
import { placesIn } from "./location";
import type { Quantity } from "./numbers";

export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
// "resolution 2401", "article 102", "Page 3", "No. 3/2018", "day three"
const LABEL_BEFORE = new Set([
  "resolution", "resolutions", "article", "articles", "page", "pages", "section", "paragraph", "chapter", "no",
  "number", "segment", "episode", "bulletin", "item", "part", "volume", "vol", "tel", "phone", "fax", "room",
  "route", "highway", "level", "phase", "round", "day", "week", "category", "line", "flight", "issue", "id",
  "code", "step", "grade", "platform", "gate", "unit", "brigade", "division", "regiment", "battalion", "corps",
  "squadron", "army", "district", "zone", "sector", "block", "building", "apartment", "gmt", "utc", "bst",
]);
const TIME_AFTER = new Set(["a.m", "p.m", "am", "pm", "gmt", "utc", "bst", "cet", "hrs", "o'clock", "hours"]);
// units of time, distance and money: durations are not counted claims
const MEASURE_AFTER = new Set([
  "hours", "hour", "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months", "month",
  "years", "year", "decades", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "feet",
  "kg", "kilograms", "dollars", "euros", "pounds", "rubles", "roubles", "lira", "cents", "percentage",
  "years-old", "year-old", "shares", "comments", "partners", "photos", "questions", "minutes'",
]);
const TIME_WORD = new Set(["day", "week"]);
const TIME_BEFORE = new Set(["last", "this", "next", "past", "previous"]);
// ("29 bodies of children, all of them under 15": the children's ages)
const YOUNG = new Set(["children", "child", "kids", "babies", "infants", "boys", "girls", "toddlers", "minors", "those", "aged", "ages", "them"]);
// "In other news, the death toll from the earthquake in Albania has risen to 51": no claim of the war
const DISASTER_RE = /\b(?:earthquakes?|quakes?|floods?|flooding|storms?|hurricanes?|cyclones?|avalanches?|landslides?|wildfires?|coronavirus|[Cc]ovid(?:-19)?|COVID(?:-19)?|pandemic|plane crash|road accidents?|traffic accidents?)\b/; // lower case: "Jazira Storm" is an operation
const WAR_RE = /\b(?:war|strikes?|air ?strikes?|raids?|shelling|bomb\w*|attacks?|fighting|clashes|offensive|forces|troops|rebels?|militants?|army|militias?|siege|besieged|displaced|refugees?|camps?|missiles?|rockets?)\b/i;
const COPYRIGHT_RE = /©|\(c\)|copyright|all rights reserved/i;
const META_LINE_RE = /^\s*[a-z_]+_[a-z_]+\s*:|^\s*(?:record_id|crawl_date|word_count|share_count)\s*:/i;

// "If the UN's figure is right, a quarter of a million people are living under a siege", "If you told me four or five
// aircraft shelters were damaged, I would believe you": a sentence that opens with a condition asserts nothing happened
// (and so does one opening after a colon that counts nothing before it: "That offer was a gamble on arithmetic: if fewer
// than one fighter in eight belongs to the group ..., what justifies bombing the other seven")
const CONDITION_RE = /^\W*(?:If|Unless)\b[^,]{0,120},|^[^:\d]{0,100}:\s*(?:[Ii]f|[Uu]nless)\b[^,]{0,120},/;

export function isNonClaimSentence(sentence: string): boolean {
  // (a disaster inside the theatre, "the death toll in north-west Syria", is still an attributed toll)
  return COPYRIGHT_RE.test(sentence) || META_LINE_RE.test(sentence) || CONDITION_RE.test(sentence)
    || (DISASTER_RE.test(sentence) && !WAR_RE.test(sentence) && placesIn(sentence).length === 0);
}

export function isNonClaim(t: Token[], q: Quantity): boolean {
  const first = t[q.i];
  const prev = t[q.i - 1];
  const prev2 = t[q.i - 2];
  const next = t[q.j];
  const nextLow = next?.lower ?? "";
  // after a month a figure is a day or a year; "since the end of April 103 of them" (commas stripped) is a count
  const dayOrYear = first.type !== "num" || q.valueMax !== null || q.value <= 31 || /^(1[89]|20)\d\d$/.test(first.text);
  // ("on 21 November two of our heroic comrades were martyred": a month that has its day already takes no spelled-out one)
  const dated = first.type !== "num" && prev2?.type === "num";
  if (prev && dayOrYear && !dated && (MONTHS.has(prev.lower) || (prev.lower === "." && MONTHS.has(prev2?.lower ?? "")))) return true;
  if (MONTHS.has(nextLow) || (nextLow === "of" && MONTHS.has(t[q.j + 1]?.lower ?? ""))) return true;
  // "a Russian Su 25 ground attack jet", "an MQ 9": a model name whose hyphen was lost in scraping
  if (/^(?:Su|MiG|Mig|Tu|Mi|Ka|Il|MQ|RQ|F|B|AH|UH|CH|KC|FA)$/.test(prev?.text ?? "") && first.type === "num" && prev!.end + 1 === first.start && q.valueMax === null) return true;
  // "a Chinese-made Blue Arrow 7 missile", "a Wing Loong 2 drone": a number after a name and before a singular
  // weapon is the model's (a count of two or more would take the plural)
  if (first.type === "num" && q.value >= 2 && q.valueMax === null && /^[A-Z]/.test(prev?.text ?? "") && prev?.type === "word"
    && /^(?:missile|rocket|drone|jet|tank|helicopter|launcher|system|bomb|warplane)$/.test(nextLow)) return true;
  // "Verdict: UNPROVEN (3 on our 5-point scale)": a rating, not a count
  if (nextLow === "on" && /^(?:a|our|the|its)$/.test(t[q.j + 1]?.lower ?? "") && t[q.j + 2]?.type === "num" && /^(?:scale|point)$/.test(t[q.j + 3]?.lower ?? "")) return true;
  // "on 30 and 31 August", "between 17 and 18 October": the first day of a pair of dates
  if (q.value <= 31 && q.valueMax === null && /^(?:and|or|to)$/.test(nextLow) && /^(?:[1-9]|[12]\d|3[01])$/.test(t[q.j + 1]?.text ?? "") && MONTHS.has(t[q.j + 2]?.lower ?? "")) return true;
  // "far more than the few thousand that commanders had expected": a yardstick, not a claim
  if (t[q.qi - 1]?.lower === "the" && t[q.qi - 2]?.lower === "than") return true;
  if (first.type === "num") {
    const digits = first.text.replace(/,/g, "");
    // years: bare 4-digit numbers 1900-2100 without separators
    if (/^(19|20)\d\d$/.test(first.text) && q.kind === "number" && q.valueMax === null) return true;
    if (/^0\d/.test(digits)) return true; // phone fragments, codes
    if (nextLow === ":" && /^\d/.test(t[q.j + 1]?.text ?? "")) return true;
    if (prev?.lower === ":" && /^\d/.test(prev2?.text ?? "") && prev.start === prev2!.end) return true;
    if (nextLow === "/" || prev?.lower === "/") return true; // 24/7, 3/2018
    if (prev?.text === "+" || prev?.text === "$" || prev?.text === "£" || prev?.text === "€" || prev?.text === "#") return true;
    // digit groups in a row: phone numbers
    if (next?.type === "num" && next.start === first.end + 1) return true;
    if (prev?.type === "num" && prev.end + 1 === first.start) return true;
  }
  if (TIME_AFTER.has(nextLow)) return true;
  // a post's engagement counts: "↻ 3.4K  ♥ 5.1K", "1.2k shares", "88K views"
  if (prev?.type === "punct" && /[\u2190-\u2bff\u2600-\u27bf]/.test(prev.text)) return true;
  if (/^(?:likes|shares|retweets|reposts|views|comments|followers|subscribers|reactions|replies)$/.test(nextLow)) return true;
  // "Shares of this thread: 1,906", "Views: 12,400": an engagement label before a colon
  if (prev?.text === ":" && t.slice(Math.max(0, q.i - 6), q.i - 1).some((x) => /^(?:likes|shares|retweets|reposts|views|comments|followers|subscribers|reactions|replies)$/.test(x.lower))) return true;
  // ages: "gave his age as 29", "aged 29", "at the age of 29", "the two children were under 12"
  if ((prev?.lower === "under" || prev?.lower === "over") && /^(?:were|are|was|is|aged|being)$/.test(prev2?.lower ?? "") && q.value <= 18 && next?.type !== "word") return true;
  if ((prev?.lower === "as" && prev2?.lower === "age") || prev?.lower === "aged" || (prev?.lower === "of" && prev2?.lower === "age")) return true;
  // footnote markers "[11]", sample sizes "n = 64", and the numbers of interviews a footnote cites
  if (prev?.text === "[" && next?.text === "]") return true;
  if (prev?.text === "=" && prev2?.lower === "n") return true;
  for (let k = q.qi - 1; k >= 0 && k >= q.qi - 8; k--) {
    if (/^interviews?$/.test(t[k].lower)) return true;
    if (!(t[k].type === "num" || t[k].text === "," || t[k].lower === "and")) break;
  }
  // "Human Rights Watch, which interviewed 14 residents and first responders", "spoke to 23 survivors": the people a report
  // drew on are its method, not a count of the war (labelled optional at most)
  if (/^(?:interviewed|interviewing|interview)$/.test(t[q.qi - 1]?.lower ?? "")
    || (/^(?:to|with)$/.test(t[q.qi - 1]?.lower ?? "") && /^(?:spoke|talked|speaking|talking|spoken)$/.test(t[q.qi - 2]?.lower ?? ""))) return true;
  // "at about three in the morning": a time of day
  if (nextLow === "in" && t[q.j + 1]?.lower === "the" && /^(?:morning|afternoon|evening)$/.test(t[q.j + 2]?.lower ?? "")) return true;
  // section numbers that open a line of a bulletin: "1.2 The UN estimates ...", "2.1 Local authorities ..."
  if (q.i === 0 && first.type === "num" && /^\d{1,2}\.\d{1,2}$/.test(first.text) && /^[A-Z]/.test(next?.text ?? "")) return true;
  // list numbering "2) HMEIMIM", "1. Afrin"
  if (q.i === 0 && (nextLow === ")" || nextLow === ".") && first.type === "num") return true;
  // scores and votes: "162-0"
  if ((nextLow === "-" || nextLow === "–") && next && next.end === t[q.j + 1]?.start && t[q.j + 1]?.type === "num") return true;
  if (prev?.text === "-" && prev2?.type === "num" && prev.start === prev2.end) return true;
  if (q.value === 0) return true;
  // "day three", "Week 3" label; "last week 1,200 soldiers" is a time and then a count
  if (prev && LABEL_BEFORE.has(prev.lower.replace(/\.$/, "")) && !(TIME_WORD.has(prev.lower) && TIME_BEFORE.has(prev2?.lower ?? ""))) return true;
  if (prev?.lower === "aged" || prev?.lower === "age") return true;
  // "children under five", "boys over 15": an age bracket, not a count
  if ((prev?.lower === "under" || prev?.lower === "over" || prev?.lower === "below" || prev?.lower === "above") && YOUNG.has(prev2?.lower ?? "")) return true;
  if (prev?.lower === "not" && first.lower === "one") return true; // "not one fighter"
  // "Umm Ahmed, 52, in a tent": an age in apposition to a name
  if (prev?.text === "," && /^[A-Z]/.test(prev2?.text ?? "") && (nextLow === "," || nextLow === ")") && q.value < 120 && first.type === "num") return true;
  // ("..., and Spc. Breonna Moffett, 23.": the last of a list of names and ages ends its sentence)
  if (prev?.text === "," && /^[A-Z]/.test(prev2?.text ?? "") && /^[A-Z]/.test(t[q.i - 3]?.text ?? "") && nextLow === "." && q.j === t.length - 1 && q.value < 120 && first.type === "num") return true;
  if (MEASURE_AFTER.has(nextLow) || (MEASURE_AFTER.has(t[q.j + 1]?.lower ?? "") && t[q.j]?.lower === "-")) return true;
  // "Page 3 of 3", "Segment 2 of 5": the second number follows a label-number
  if (prev?.lower === "of" && prev2?.type === "num" && LABEL_BEFORE.has(t[q.i - 3]?.lower ?? "")) return true;
  // labels like "word_count: 356"
  if (prev?.lower === ":" && /_|count$|^id$/i.test(prev2?.text ?? "")) return true; // not "Video:", "Idlib:"
  return false;
}
