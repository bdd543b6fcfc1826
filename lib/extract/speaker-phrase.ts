// The speaker's noun phrase on either side of a verb of saying: where it starts before the verb
// ("The governor of Homs province, Talal Barazi, said") and where it ends after it ("said Mustafa
// Bali, the head of the SDF media office"). Split from attribution.ts.
import type { Token } from "./tokens";
import { bare } from "./tokens";
import { ASIDE_OPENER, ROLE } from "./speaker";
import { ENVOY } from "./speaker-words";

export const VERBS = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "reported", "reports",
  "estimated", "estimates", "estimate", "acknowledged", "acknowledges", "claimed", "claims", "claim", "stated",
  "states", "tell", "report", "show", "shows", "showed", "found", "finds", "indicate", "indicates", "counted", "counts", "recorded", "records", "documented", "documents", "confirmed", "confirms",
  "put", "puts", "gave", "gives", "insisted", "insists", "noted", "warned", "believes", "suggested", "suggests",
  "tallied", "listed", "registered", "offered", "cited", "given", "wrote", "tweeted", "declared",
  // ("the Pentagon had raised the number of injured to 34", "health officials later revised the toll to 46")
  "raised", "raises", "revised", "revises", "lowered", "lowers",
  // ("a regional intelligence source described the targets as two warehouses", "what the Pentagon called six facilities")
  "described", "describes", "called", "calls", "cautioned",
  "alleged", "revealed", "disclosed", "concluded", "concludes", "verified", "assessed", "assesses", "calculated", "asserted", "indicated", "explained", "briefed", "accused", "conceded", "concedes", "admitted", "admits", "announcing",
]);
// ("The Kurdish led administration", "US backed forces": text scraped without its hyphens)
const NP_GLUE = new Set(["the", "a", "an", "of", "for", "in", "and", "-", "'s", "’s", "based", "led", "backed", "its", "his", "her", "their", "one", "two", "those", "own",
  "province", "region", "city", "district", "town", "governorate", "countryside", "northern", "southern", "eastern", "western", "at", "from", "hospital", "hospitals", "clinic", "camp",
  "northeast", "northwest", "southeast", "southwest",
  "de", "al", "bin", "ibn", "abu", "van", "von", "el"]);
// lower-case words inside a speaker's name: "rescue workers", "the civil defence group", "a war monitor"
// ("the rights group" stays a definite description, which points back to the group named before)
const PERSON_ROLE_WORD = /^(?:commander|head|chief|spokesman|spokeswoman|spokesperson|director|leader|minister|governor|deputy|secretary)$/;
const APPOSITIVE_PREP = new Set(["with", "for", "at", "of", "in"]);
const PREP = new Set(["in", "on", "at", "by", "for", "with", "from", "after", "during", "before", "later", "earlier", "separately", "meanwhile", "however"]);
const MODIFIER = new Set(["rescue", "aid", "civil", "war", "medical", "relief", "provincial", "municipal",
  "hospital", "emergency", "security", "intelligence", "military", "army", "air", "press", "media", "investigative", "fact-finding",
  "water", "electricity", "education", "medicine"]);

// bodies described by their kind after being named: "the cell said", "The party said", "the brigades say"
const BODY_NOUN = new Set(["cell", "authority", "party", "committee", "commission", "brigade", "brigades", "alliance", "network", "movement", "militia", "faction"]);

function isNpWord(tok: Token): boolean {
  if (tok.type !== "word") return tok.text === "-" || tok.text === "'";
  // ("the camp's administration": a possessive is inside the phrase it opens)
  return /^[A-Z]/.test(tok.text) || ROLE.has(bare(tok)) || NP_GLUE.has(tok.lower) || MODIFIER.has(tok.lower) || BODY_NOUN.has(tok.lower) || /-/.test(tok.text) || /[a-z]['’]s$/.test(tok.text);
}

/** Start of the noun phrase ending at token end-1, skipping appositives between commas. */
const WHEN_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Yesterday|Today|Earlier|Later)$/;
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions)$/;

// ("the U.S. Maritime Administration": a state's dotted initials are inside the name too)
const TITLE_ABBR = /^(?:Gen|Brig|Lt|Col|Maj|Capt|Adm|Cmdr|Cdr|Sgt|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Amb|U\.S|U\.K|U\.N)$/;
/** The full stop of an abbreviated title at token k: "Gen.", "Brig.", "Dr." */
function titleStop(t: Token[], k: number): boolean {
  return t[k]?.text === "." && k > 0 && t[k - 1].end === t[k].start && TITLE_ABBR.test(t[k - 1].text) && /^[A-Z]/.test(t[k + 1]?.text ?? "");
}

export function npStart(t: Token[], end: number): number {
  let k = end - 1;
  let start = end;
  while (k >= 0) {
    const tok = t[k];
    if (tok.text === ",") {
      // "..., south of Erbil, it said": a pronoun takes no appositive before it
      if (end - start === 1 && /^(?:it|he|she|they)$/.test(t[start].lower)) break;
      // ("..., south of Baghdad, early on Wednesday, the Pentagon said": a phrase that opens with an article is whole)
      if (start < end && /^(?:the|a|an)$/.test(t[start].lower) && !t.slice(start, end).some((x) => x.text === ",")) break;
      // ", who asked not to be named," / ", Major General Igor Konashenkov," appositives
      let c = k - 1;
      // a relative clause may run long: ", who declined to be named because he was not authorised to speak to the media,"
      while (c >= 0 && c > k - 26 && t[c].text !== ",") c--;
      const rel = ["who", "which"].includes(t[c + 1]?.lower ?? "");
      // ("Hawar News Agency (ANHA), the news outlet of ..., said": a name may close with its acronym in brackets)
      if (c >= 0 && t[c].text === "," && c > 0 && (isNpWord(t[c - 1]) || /^[A-Z]/.test(t[c - 1].text) || t[c - 1].text === ")" || rel)) {
        const seg = t[c + 1];
        // not a clause with a figure of its own: "..., killing at least 18 people, rescuers said"
        // (", among them five children, the Observatory said": a breakdown, not a name)
        const clause = t.slice(c + 1, k).some((x) => x.type === "num" || NUMBER_WORD.test(x.lower)) || /ing$/.test(seg?.lower ?? "") && !["quoting", "citing"].includes(seg?.lower ?? "") && !ASIDE_OPENER.test(seg?.lower ?? "")
          || ["among", "of", "mostly", "mainly", "most", "half", "all"].includes(seg?.lower ?? "");
        // ("The Syrian Observatory for Human Rights, a Britain-based group that relies on a network of sources inside
        // Syria, put the toll at 1,120", "Britain's Joint Intelligence Committee, in an assessment published before
        // parliament voted ..., said": a long description or aside right before the verb)
        const aside = start === end && k - c <= 20 && (/^(?:a|an|the)$/.test(seg?.lower ?? "") || (seg?.lower === "in" && /^(?:a|an|its)$/.test(t[c + 2]?.lower ?? "")));
        if (seg && !clause && (k - c <= 12 || aside || ["quoting", "citing"].includes(seg.lower) || ASIDE_OPENER.test(seg.lower))) {
          // keep the appositive: it may hold the name
          k = c - 1; continue;
        }
      }
      if (start === end && t[k - 1] && /^[A-Z]/.test(t[k - 1].text)) { k--; continue; }
      // "The governor of Homs province, Talal Barazi, said": the title before the name belongs to it
      let b = k - 1;
      while (b >= 0 && b > k - 10 && (isNpWord(t[b]) || (t[b].lower === "to" && ENVOY.test(t[b - 1]?.lower ?? ""))) && t[b].text !== ",") b--;
      // ("In a statement, it said": a prepositional phrase is no title)
      // ("It was the governor of Hama, Abdel Kadim Bakour, who gave the toll": a cleft's title too)
      const cleft = /^(?:was|is)$/.test(t[b]?.lower ?? "") && t[b - 1]?.lower === "it";
      if (start < end && b < k - 1 && (b < 0 || t[b].text === "," || cleft) && !PREP.has(t[b + 1].lower) && t.slice(b + 1, k).some((x) => ROLE.has(bare(x)))) { k = b; start = b + 1; continue; }
      break;
    }
    // "the Syria Civil Defence (White Helmets) said": a bracketed aside inside the name
    if (tok.text === ")" && start === end) {
      let o = k - 1;
      while (o >= 0 && o > k - 8 && t[o].text !== "(" && t[o].text !== ")") o--;
      if (o > 0 && t[o].text === "(" && isNpWord(t[o - 1])) { start = o; k = o - 1; continue; }
      break;
    }
    // "Pentagon press secretary Brig. Gen. Pat Ryder": an abbreviated title's full stop is inside the name
    if (titleStop(t, k)) { start = k - 1; k -= 2; continue; }
    // "Iran's ambassador to Syria, Hossein Akbari": an envoy's title runs on past "to"
    if (tok.lower === "to" && start < end && ENVOY.test(t[k - 1]?.lower ?? "")) { start = k - 1; k -= 2; continue; }
    if (!isNpWord(tok)) break;
    start = k;
    k--;
  }
  // ("his observers had counted": the owner of the speakers is kept, to find whose they are)
  while (start < end && NP_GLUE.has(t[start].lower) && !["the", "a", "an", "its", "one"].includes(t[start].lower)
    && !(/^(?:his|her)$/.test(t[start].lower) && end - start === 2)) start++;
  // "on Sunday the President said", "In January the Jordanian army said": a day or month is no part of the name
  while (start < end - 1 && WHEN_WORD.test(t[start].text)) start++;
  // "In a later statement the cell said": a document the speaker spoke in is no part of its name
  if (end - start >= 3 && /^(?:statement|report|interview|post|update|message)$/.test(t[start].lower) && /^(?:the|its)$/.test(t[start + 1].lower)) start++;
  // "On Thursday Davutoglu said": a time phrase before the name is no part of it
  if (start < end - 2 && /^(?:on|in|by|early|late|last)$/.test(t[start].lower) && WHEN_WORD.test(t[start + 1].text)) start += 2;
  // "But he said", "And the ministry added": a conjunction opening the sentence is no part of the name
  // ("By its count, 7,988 of them were civilians": nor is a preposition opening it)
  if (start === 0 && start < end - 1 && /^(?:but|and|yet|so|still|meanwhile|by|in|on|at|from|under|with|for|after|before|during)$/.test(t[0].lower) && t[0].text !== t[0].lower) start++;
  // "Then, in the following weeks, the Americans told us": a sentence adverb and the phrases after it are no name
  if (/^(?:then|later|afterwards|meanwhile|however|but|and|so|still|yet|separately)$/.test(t[start].lower) && t[start + 1]?.text === ",") {
    let c = end - 1;
    while (c > start && t[c].text !== ",") c--;
    if (c < end - 1) start = c + 1;
  }
  return start;
}

export function npEnd(t: Token[], start: number): number {
  let k = start;
  while (k < t.length && k < start + 12 && (isNpWord(t[k]) || titleStop(t, k)) && t[k].lower !== "and") k++;
  // "said Mustafa Bali, the head of the SDF media office"
  // (or a name's affiliation without an article: "said Pablo Marco, MSF operations manager")
  // ("said General Michael Erik Kurilla, commander of US Central Command": a role word opens it too)
  if (t[k]?.text === "," && (["the", "a", "an"].includes(t[k + 1]?.lower ?? "") || (k - start >= 2 && (/^[A-Z]/.test(t[k + 1]?.text ?? "") || PERSON_ROLE_WORD.test(t[k + 1]?.text ?? "")) && /^[A-Z]/.test(t[start].text))) && k > start) {
    let e = k + 1;
    // "..., a rescuer with the White Helmets", "..., a spokesman for the SDF": a preposition before a name
    const plain = !["the", "a", "an"].includes(t[k + 1].lower); // "Pablo Marco, MSF operations manager": any words up to the stop
    while (e < t.length && e < k + 14 && (isNpWord(t[e]) || (plain && t[e].type === "word" && !VERBS.has(t[e].lower)) || (APPOSITIVE_PREP.has(t[e].lower) && /^(?:the|[A-Z])/.test(t[e + 1]?.text ?? ""))) && t[e].lower !== "and") e++;
    if (e === t.length || t[e].text === "," || t[e].text === ".") k = e;
  }
  while (k > start && NP_GLUE.has(t[k - 1].lower)) k--;
  return k;
}

