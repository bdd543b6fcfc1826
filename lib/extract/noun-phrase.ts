// Noun phrases around a figure: what is counted ("41 Turkish soldiers", "members of the Syrian army",
// "government soldiers and allied militiamen"), read over tokens with the cue words of data/metrics.json.
import type { Token } from "./tokens";
import { nounAt, eventAt, type NounClass } from "./lexicon";
import { AUX, CLAUSE_END, STOP } from "./metric-events";
import { opensFigure } from "./numbers";

export const PERSON: ReadonlySet<string> = new Set(["civilian", "militant", "soldier", "mixedmilitia", "person"]);
const LEAD_LINK = new Set(["and", "or", "but", "in", "on", "at", "by", "from", "to", "for", "with", "near", "since",
  "during", "after", "before", "over", "under", "against", "across", "into", "through", "toward", "towards", "onto",
  "upon", "via", "along", "within", "beyond", "throughout", "among", "inside", "around"]);
export const QUOTE = new Set(["\"", "“", "”", "‘", "’", "'"]);
export const ARMY = /^(?:army|forces|police|military|guard|guards|brigade|division|regiment|troops|service|services)$/;
/** The words of the body after "members of", up to a punctuation mark or verb: "one family", "the Syrian army". */
export function bodyWords(t: Token[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < t.length && k < from + 7; k++) {
    if (t[k].type === "punct" && t[k].text !== "-") break;
    if (out.length && (AUX.has(t[k].lower) || eventAt(t, k) || /^(?:and|or|but|while|who|which|that)$/.test(t[k].lower))) break;
    out.push(t[k].lower);
  }
  return out;
}

export function isStop(tok: Token | undefined): boolean {
  return !tok || (tok.type === "punct" && tok.text !== "-" && tok.text !== "'") || STOP.has(tok.lower) || tok.type === "num";
}

/** A people noun within three modifier words after "and" ("and allied militiamen", "and pro-government fighters"). */
function coordinatedPerson(t: Token[], from: number) {
  for (let k = from; k < t.length && k < from + 3; k++) {
    // ("seven soldiers and one civilian": a figure of its own, not one group)
    if (t[k].type !== "word" || opensFigure(t[k]) || STOP.has(t[k].lower) || eventAt(t, k) || AUX.has(t[k].lower)) return null;
    const hit = nounAt(t, k);
    if (hit) return PERSON.has(hit.key) ? hit : null;
  }
  return null;
}

/** Scans a noun phrase: the last noun-class word is its head, earlier ones are modifiers. */
export function scanPhrase(t: Token[], from: number, maxLen: number, stopAtStop = true) {
  let head: { key: NounClass; i: number; end: number } | null = null;
  const mods: NounClass[] = [];
  let k = from;
  while (k < t.length && k < from + maxLen) {
    // '28 "terrorist targets"': quotation marks inside the counted phrase
    if (t[k].type === "punct" && QUOTE.has(t[k].text) && (k < from + 2 || t[k + 1]?.type === "word")) { k++; continue; }
    // "soldiers and allied militiamen", "HTS and allied fighters": one coordinated group of people
    if (stopAtStop && head && PERSON.has(head.key) && t[k].lower === "and") {
      const more = coordinatedPerson(t, k + 1);
      if (more) { mods.push(head.key); head = more; k = more.end; continue; }
    }
    // "300 drones and missiles": a combined salvo counts as missiles
    if (stopAtStop && head?.key === "aircraft" && t[k].lower === "and") {
      const m = nounAt(t, k + 1) ?? nounAt(t, k + 2);
      if (m?.key === "missiles") { mods.push(head.key); head = m; k = m.end; continue; }
    }
    // "312 operations and killed 68": a verb after "and" opens a new clause
    // (not "300 sick and wounded patients", where the participle qualifies a noun)
    if (stopAtStop && !head && t[k].lower === "and") { const ev = eventAt(t, k + 1); if (ev && !nounAt(t, ev.end)) break; }
    // "six members of Jordan's security forces": people end their phrase at "of" (the body they belong to is read apart)
    if (stopAtStop && head && PERSON.has(head.key) && t[k].lower === "of") break;
    if (stopAtStop && k > from && isStop(t[k]) && !(t[k].lower === "and" && !head)) break;
    // "killed 12 and wounded 30", "50 on schools", "a tenth of them by Reapers": a word that links
    // the figure to what follows is no start of its counted phrase
    if (stopAtStop && k === from && LEAD_LINK.has(t[k].lower)) break;
    // "48 people left rebel-held Aleppo": the verb after the head ends the phrase
    if (stopAtStop && head && (eventAt(t, k) || AUX.has(t[k].lower))) break;
    // "4 weapons depots holding mines", "five buildings used by terrorists": a participle after the head opens
    // a clause about it, whose nouns are not what is counted
    if (stopAtStop && head && t[k].type === "word" && /^[a-z]{3,}(?:ing|ed)$/.test(t[k].text) && !nounAt(t, k)) break;
    if (!stopAtStop && t[k].type === "punct" && CLAUSE_END.has(t[k].text)) break;
    const hit = nounAt(t, k);
    if (hit) { if (head) mods.push(head.key); head = hit; k = hit.end; continue; }
    if (stopAtStop && t[k].type === "punct" && t[k].text !== "-") break;
    k++;
  }
  return { head, mods, end: head ? head.end : from };
}

export function personOf(head: NounClass | null, mods: NounClass[]): NounClass | null {
  const all = [...mods, ...(head ? [head] : [])].filter((c) => PERSON.has(c));
  if (all.includes("soldier") && (all.includes("militant") || all.includes("mixedmilitia"))) return "person";
  // "Daesh members", "military medics": a generic head takes the specific word before it
  if (head === "person") return all.filter((c) => c !== "person").pop() ?? "person";
  if (head && PERSON.has(head)) return head;
  // "terrorist targets": a person word only qualifies counts of people, deaths and injuries
  if (head && !["death", "injury", "displaced"].includes(head)) return null;
  return all.length ? all[all.length - 1] : null;
}

/** The nearest people word before a figure, with no other figure between: what "of them" points to. */
export function namedBefore(t: Token[], before: number): { noun: NounClass; person: NounClass | null } | null {
  for (let k = before - 1; k >= 0 && k >= before - 25; k--) {
    if (t[k].type === "num") return null;
    const hit = nounAt(t, k);
    if (hit && hit.end <= before && PERSON.has(hit.key)) return { noun: hit.key, person: personOf(hit.key, []) };
    // ("Israeli aircraft had fired missiles ... and air defences had shot down 11 of them": a nearer projectile is what "them" is)
    if (hit && hit.end <= before && hit.key === "missiles" && t[k - 1]?.type !== "num") return { noun: hit.key, person: null };
  }
  return null;
}

const PROJECTILE_VERB = /^(?:struck|hit|landed|fell|crashed|missed|failed|exploded|reached|detonated|impacted)$/;
/** "had struck", "were intercepted", "of them landed": what missiles do, right after a bare count */
export function projectileVerbAfter(t: Token[], at: number): boolean {
  let k = at;
  while (/^(?:of|them|had|have|has|were|was|also|then|possibly|more|others?)$/.test(t[k]?.lower ?? "") || t[k]?.text === ",") k++;
  return PROJECTILE_VERB.test(t[k]?.lower ?? "") || (t[k - 1]?.lower === "were" && /^(?:intercepted|downed)$/.test(t[k]?.lower ?? ""));
}

const WEAPON_SINGULAR = /^(?:drone|helicopter|jet|plane|warplane|tank|rocket|missile|truck)$/;
type Phrase = ReturnType<typeof scanPhrase>;
/**
 * "two drone workshops", "two helicopter squadrons", "150 Turkish drone and air strikes": a singular weapon word
 * after a count above one qualifies the noun after it, which is what is counted (a thing of no metric, or the
 * noun coordinated with it)
 */
export function weaponModifier(t: Token[], np: Phrase, value: number): Phrase {
  if (!np.head || value <= 1 || !WEAPON_SINGULAR.test(t[np.end - 1]?.lower ?? "")) return np;
  const next = t[np.end];
  if (next?.lower === "and") {
    const m = nounAt(t, np.end + 1) ?? nounAt(t, np.end + 2);
    return m && m.key !== np.head.key ? { head: m, mods: [...np.mods, np.head.key], end: m.end } : np;
  }
  if (next?.type !== "word" || isStop(next) || AUX.has(next.lower) || eventAt(t, np.end)) return np;
  return { head: { key: "other", i: np.end, end: np.end + 1 }, mods: np.mods, end: np.end + 1 };
}

const FAMILY = /^(?:one|a|the|his|her|their) (?:\w+ )?famil/; // "one family", "the same family", "a single family"
const BODY_DET = new Set(["the", "them", "those", "these", "its", "their", "his", "her", "our", "whom", "which", "all", "a"]);
/**
 * "killed 11 members of one family", "nine members of the Syrian army", "five members of the Islamic State group":
 * the body people are members of says who they are. `ofAt` is the "of" after "members"; null when it says nothing.
 */
export function membersOf(t: Token[], ofAt: number): { person: NounClass; end: number } | null {
  if (t[ofAt]?.lower !== "of" || !/^members?$/.test(t[ofAt - 1]?.lower ?? "")) return null;
  const words = bodyWords(t, ofAt + 1);
  const last = words[words.length - 1] ?? "";
  const body = scanPhrase(t, ofAt + 1, 6);
  const who = body.head ? personOf(body.head.key, body.mods) : null;
  let person: NounClass | null = null;
  if (FAMILY.test(words.slice(0, 3).join(" ") + " ")) person = "civilian";
  // ("7 members of the Kurdish Asayish security forces", "29 members of the internal security forces (Asayish)": the
  // Kurdish-led administration's police is no state's force)
  else if (t.slice(ofAt + 1, ofAt + 4 + words.length).some((x) => x.lower === "asayish")) person = "militant";
  else if (who && who !== "person") person = who;
  else if (ARMY.test(last)) person = "soldier";
  // (a named group: "members of the group" may be any group named before)
  else if ((words.filter((w) => !BODY_DET.has(w)).length >= 2 && /^(?:groups?|militias?|front|organi[sz]ations?|cells?|networks?)$/.test(last)) || /^(?:organi[sz]ation|militia|cell)$/.test(last)) person = "militant";
  else if (/^(?:defen[cs]e|helmets|crescent|cross)$/.test(last)) person = "civilian"; // rescuers and medics
  // "two members of Hurras al-Din", "four members of the Sinjar Resistance Units": a named body of no state's army
  // or service is an armed group (not a body of lawmakers or diplomats)
  else if (/^[A-Z]/.test(t[ofAt + 1 + (BODY_DET.has(t[ofAt + 1]?.lower ?? "") ? 1 : 0)]?.text ?? "") && !/^(?:parliament|congress|council|assembly|committee|commission|government|cabinet|family|staff|team|delegation|mission|press|public)$/.test(last)) person = "militant";
  return person ? { person, end: ofAt + 1 + words.length } : null;
}
