// Which country an article is about, by how often it names it: the state whose "the ministry" and
// "the Ministry of Defence" an unqualified mention means. Split from speaker.ts.

// the nationality a ministry entry's name starts with, and the words that put its country in play
const COUNTRY_WORDS: Array<[string, RegExp]> = [
  ["Russian", /\b(?:Russia|Russian|Moscow|Kremlin)\b/g], ["French", /\b(?:France|French|Paris)\b/g],
  ["UK", /\b(?:Britain|British|UK|RAF|London)\b/g], ["Turkish", /\b(?:Turkey|Turkish|Ankara)\b|T(?:ürkiye|ÜRKİYE|urkiye)/g],
];
// the states whose "Ministry of Defence" an article means when it names no country (wider than COUNTRY_WORDS,
// whose "the ministry" defaults are tuned to the four foreign ministries the wars' reporting quotes)
const STATE_WORDS: Array<[string, RegExp]> = [
  ["Iraqi", /\b(?:Iraq|Iraqi|Baghdad)\b/g], ["Syrian", /\b(?:Syria|Syrian|Damascus)\b/g], ["Iranian", /\b(?:Iran|Iranian|Tehran)\b/g],
];

/** The name whose words the text uses most, more than `most` times, and how often. */
function mostNamed(text: string, words: Array<[string, RegExp]>, most: number): [string | null, number] {
  let best: string | null = null;
  for (const [name, re] of words) {
    const n = text.match(re)?.length ?? 0;
    if (n > most) { most = n; best = name; }
  }
  return [best, most];
}

/** The country whose ministry an unnamed "the ministry" most likely is: the one the article names most. */
export function countryInPlay(text: string, atLeast = 2): string | null {
  // in an article, a single passing mention does not put a country in play
  return mostNamed(text, COUNTRY_WORDS, atLeast - 1)[0];
}

/** The country in play, and the state in play (which may also be Iraq, Syria or Iran), counted once. */
export function statesInPlay(text: string): { country: string | null; state: string | null } {
  const [country, n] = mostNamed(text, COUNTRY_WORDS, 1);
  const [state] = mostNamed(text, STATE_WORDS, n);
  return { country, state: state ?? country };
}
