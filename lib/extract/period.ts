// The span a figure covers, normalised: overnight, day, 48h, 72h, week, month, total,
// since:YYYY-MM-DD, between:YYYY-MM-DD/YYYY-MM-DD.
const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const M = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const SINCE_RE = new RegExp(`\\bsince (?:${M} (\\d{1,2})|(\\d{1,2}) ${M}|${M})(?:,? (\\d{4}))?|\\bsince (\\d{4})\\b`, "i");
const FROM_TO_RE = new RegExp(`\\bfrom (\\d{1,2}) to (\\d{1,2}) ${M}(?: (\\d{4}))?`, "i");
// "between February 17 and March 22", "from 15 November to 12 December": two dated ends, months named at both
const DAY_MONTH = `(?:${M} (\\d{1,2})|(\\d{1,2}) ${M})`;
const TWO_DATES_RE = new RegExp(`\\b(?:between|from) ${DAY_MONTH}(?:,? (\\d{4}))? (?:and|to|until) ${DAY_MONTH}(?:,? (\\d{4}))?`, "i");
// a war's whole toll: "the overall toll of the war", "killed in the war", "in ten years of conflict"
// (a count since the war began is SINCE_EVENT's)
const WAR_TOTAL = /\b(?:(?:overall|cumulative) (?:death )?toll|toll (?:of|for) the (?:war|conflict|uprising|revolution)|(?:in|during|throughout|over the course of) the (?:civil )?(?:war|conflict|uprising|revolution)\b(?! (?:on|against) )|in (?:\w+ )?years of (?:war|conflict|fighting))/i;
// A running count from an event the text names but does not date ("since the assault started", "since
// the operation began"), or up to a date or an end ("By 23 October, ... had flown 6,600 sorties", "by the
// end of the operation"): cumulative, so never compared with one incident's figure.
const SINCE_EVENT = /\bsince (?:(?:the|its|their|our|this|that) (?:\w+[- ]){0,3}?(?:assault|offensive|operation|campaign|intervention|siege|ceasefire|truce|fighting|battle|air ?strikes|strikes|bombing|bombardment|raids|mission|deployment|escalation|incursion|invasion|war|conflict|uprising|revolution)\b(?! (?:on|against) )|(?:[\w-]+ ){1,4}(?:launched|began|started|entered|declared|resumed|stormed|broke out|took control))/i;
const BY_DATE = new RegExp(`\\bby (?:the end of (?:the |its |their |that )?(?:operation|offensive|campaign|battle|war|year|month|week|day|siege|mission)|(?:\\d{1,2} ${M}|${M} \\d{1,2})\\b)`, "i");
const RULES: Array<[RegExp, string]> = [
  [/\bovernight\b/i, "overnight"],
  [/\b(?:48|forty-eight) hours\b/i, "48h"],
  [/\b(?:72|seventy-two) hours\b/i, "72h"],
  [/\b(?:24 hours|a day|per day|each day|every day|daily|the (?:previous|past|last) day|in a single day|one day)\b/i, "day"],
  [/\b(?:a|one|the (?:first|past|last|previous)|this|in a) week\b|\bweek of\b/i, "week"],
  [/\b(?:a|one|the (?:first|past|last|previous)|this) month\b|\bmonth of\b/i, "month"],
  // "this month alone" is a month; a bare "alone" ("yesterday alone") marks a single day
  [/\balone\b/i, "day"],
  [/\b(?:in total|a total of|so far|altogether|whole (?:offensive|operation|campaign|battle)|during the battle|in the battle|since the (?:start|beginning) of the (?:war|conflict|campaign|intervention))\b/i, "total"],
  [WAR_TOTAL, "total"],
  [SINCE_EVENT, "total"],
  [BY_DATE, "total"],
];
// "the deadliest strike since the war began": the war's start as a yardstick, not the figure's span
const SUPERLATIVE_SINCE = /\b(?:deadliest|bloodiest|highest|largest|biggest|worst|heaviest|first|most \w+)\b[^.;]{0,80}\bsince (?:the|its|their) /i;
// a year the figure's deaths fall in: "between 10,000 and 15,000 Libyans died in 2011"
const DIED_IN_YEAR = /\b(?:died|killed|dead|deaths|perished|lost their lives|displaced|fled) in ((?:19|20)\d\d)\b(?! (?:and|or|to|-|–))/i;

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function yearFor(month: number, explicit: string | undefined, publishedAt: Date | null | undefined): number | null {
  if (explicit) return Number(explicit);
  if (!publishedAt) return null;
  const y = publishedAt.getUTCFullYear();
  return month > publishedAt.getUTCMonth() + 1 ? y - 1 : y;
}

export function findPeriod(sentence: string, publishedAt?: Date | null): string | null {
  const ft = FROM_TO_RE.exec(sentence);
  if (ft) {
    const mon = MONTH_NUM[ft[3].slice(0, 3).toLowerCase()];
    const y = yearFor(mon, ft[4], publishedAt);
    if (y) return `between:${ymd(y, mon, Number(ft[1]))}/${ymd(y, mon, Number(ft[2]))}`;
  }
  const two = TWO_DATES_RE.exec(sentence);
  if (two) {
    const m1 = MONTH_NUM[(two[1] ?? two[4]).slice(0, 3).toLowerCase()];
    const m2 = MONTH_NUM[(two[6] ?? two[9]).slice(0, 3).toLowerCase()];
    const y2 = yearFor(m2, two[10] ?? two[5], publishedAt);
    const y1 = two[5] ? Number(two[5]) : y2 !== null && m1 > m2 ? y2 - 1 : y2;
    if (y1 && y2) return `between:${ymd(y1, m1, Number(two[2] ?? two[3]))}/${ymd(y2, m2, Number(two[7] ?? two[8]))}`;
  }
  const s = SINCE_RE.exec(sentence);
  if (s) {
    if (s[7]) return `since:${s[7]}`;
    const monName = s[1] ?? s[4] ?? s[5];
    const mon = MONTH_NUM[monName.slice(0, 3).toLowerCase()];
    const day = Number(s[2] ?? s[3] ?? 1);
    const y = yearFor(mon, s[6], publishedAt);
    if (y) return `since:${ymd(y, mon, day)}`;
  }
  for (const [re, key] of RULES) if (re.test(sentence) && !((re === WAR_TOTAL || re === SINCE_EVENT) && SUPERLATIVE_SINCE.test(sentence))) return key;
  const year = DIED_IN_YEAR.exec(sentence)?.[1];
  // (the year of the article itself says no more than its date does)
  if (year && (!publishedAt || Number(year) < publishedAt.getUTCFullYear())) return `between:${year}-01-01/${year}-12-31`;
  return null;
}
