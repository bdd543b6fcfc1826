// Word-level tokens of one sentence with absolute offsets. Weapon and aircraft models
// ("Su-34", "MiG-23", "S-400", "BGM-109") come out as single word tokens, so their digits
// can never be read as a count; nor can digits glued after letters ("Tornado GR4", "MQ9", "A400M").
export type TokenType = "num" | "word" | "punct";
export interface Token {
  text: string; lower: string; start: number; end: number; type: TokenType;
  /** letters glued to a number ("3.4k", "2A4", "1990s", "4th") */
  suffix?: string;
  /** "-year-old", "-hour" glued to a number */
  compound?: string;
  /** lower-cased without a possessive, computed once: the lookups all key on it */
  bare?: string;
}

// letters include Latin ones with accents ("Türkiye", "Karkamış", "Étienne"), so a name is one word
const TOKEN_RE =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:([A-Za-z][A-Za-z0-9]*)|([-–][A-Za-z][A-Za-z-]*))?|[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'’]*(?:\d+[A-Za-z]*)?(?:[-–.][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/g;

export function tokenize(sentence: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(sentence))) {
    const start = offset + m.index;
    if (m[1] !== undefined) {
      // every token gets the same fields in the same order: one object shape keeps property reads fast
      const tok: Token = { text: m[1], lower: m[1], start, end: start + m[1].length, type: "num", suffix: undefined, compound: undefined, bare: m[1] };
      if (m[2]) { tok.suffix = m[2].toLowerCase(); tok.end += m[2].length; }
      if (m[3]) { tok.compound = m[3].toLowerCase(); tok.end += m[3].length; }
      out.push(tok);
      continue;
    }
    const text = m[0];
    const c0 = text.charCodeAt(0);
    const c = c0 | 32;
    const type: TokenType = (c >= 97 && c <= 122) || (c0 >= 0xc0 && c0 <= 0x24f && c0 !== 0xd7 && c0 !== 0xf7) ? "word" : "punct";
    let lower = text.toLowerCase();
    if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    // "TÜRKİYE": the dotted capital lower-cases to "i" plus a combining dot, which no word list spells
    if (lower.length !== text.length) lower = lower.replace(/\u0307/g, "");
    out.push({ text, lower, start, end: start + text.length, type, suffix: undefined, compound: undefined, bare: type === "word" ? bareOf(lower) : lower });
  }
  return out;
}

/** Lower-cased word with a possessive "'s" removed: "russia's" -> "russia". */
export function bare(tok: Token | undefined): string {
  if (!tok) return "";
  return tok.bare ?? bareOf(tok.lower);
}

function bareOf(lower: string): string {
  if (lower.charCodeAt(lower.length - 1) === 39 || lower.endsWith("'s")) return lower.replace(/'s$|'$/, "");
  return (lower.charCodeAt(lower.length - 1) === 115 && SCRAPED_POSSESSIVE.get(lower)) || lower;
}

// text scraped without apostrophes ("Russias Defence Ministry", "Assads forces"): the possessive of a name
const SCRAPED_POSSESSIVE = new Map<string, string>(Object.entries({
  russias: "russia", syrias: "syria", turkeys: "turkey", irans: "iran", iraqs: "iraq", israels: "israel",
  lebanons: "lebanon", britains: "britain", frances: "france", moscows: "moscow", ankaras: "ankara",
  tehrans: "tehran", baghdads: "baghdad", washingtons: "washington", assads: "assad", hezbollahs: "hezbollah",
  kremlins: "kremlin", pentagons: "pentagon",
}));
