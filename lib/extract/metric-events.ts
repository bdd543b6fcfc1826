// Event words around a figure: what happened to what it counts ("were killed", "fled", "destroyed"),
// found on either side of the counted phrase, past asides and shared list verbs. Split from metrics.ts.
import type { Token } from "./tokens";
import { opensFigure } from "./numbers";
import { eventAt, nounAt, type EventKind } from "./lexicon";

/** "mixed": killed or wounded together */
export type Ev = EventKind | "mixed";
export const STOP = new Set([
  "in", "on", "at", "by", "from", "to", "for", "with", "near", "since", "during", "after", "before", "over",
  "under", "against", "across", "into", "through", "and", "or", "but", "while", "that", "who", "which",
  "were", "was", "is", "are", "had", "has", "have", "will", "would", "been", "be", "said", "says", "say",
  "according", "told", "as", "than", "toward", "towards", "onto", "upon", "via", "along", "within", "beyond", "throughout", "if", "when", "where", "among", "out", "inside", "around", "per", "each",
  "a", "an", "the", "this", "their", "its", "his", "her", "they", "it", "he", "she", "we", "not", "no",
]);
export const AUX = new Set(["were", "was", "had", "have", "has", "are", "is", "been", "being", "may", "might", "could",
  "would", "will", "also", "reportedly", "had", "did", "more", "others", "other", "another"]);
export const SUBORD = new Set(["because", "although", "though", "while", "but", "when", "whether", "if", "since"]);
const PEOPLE: ReadonlySet<string> = new Set(["civilian", "militant", "soldier", "mixedmilitia", "person"]);
export const ASIDE = new Set(["most", "many", "some", "all", "including", "mostly", "among", "mainly", "both"]);
export const CLAUSE_END = new Set([".", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "|"]);

/** ", most of them Syrian Kurds,", ", about two-thirds of them children under five,": a breakdown set off by commas. */
export function isAside(t: Token[], comma: number): boolean {
  if (ASIDE.has(t[comma + 1]?.lower ?? "")) return true;
  // "About 500 people, civilians and members of the security forces, have been killed", "1,959 members of the
  // security forces, soldiers and police alike, had been killed": people named again in a pair set off by commas
  const who = nounAt(t, comma + 1);
  if (who && PEOPLE.has(who.key)) {
    for (let c = comma + 2; c < t.length && c < comma + 10 && t[c].text !== ","; c++) if (/^(?:and|or|alike)$/.test(t[c].lower)) return true;
  }
  for (let c = comma + 1; c < t.length && c < comma + 10 && t[c].text !== ","; c++) {
    if ((t[c].lower === "of" || t[c].lower === "among") && ["them", "whom", "those", "these"].includes(t[c + 1]?.lower ?? "")) return true;
  }
  return false;
}

/** The event word in a window from `from` in direction `dir`, with its distance in tokens. */
export function findEvent(t: Token[], from: number, to: number, dir: 1 | -1): { ev: Ev | null; dist: number } {
  let found: Ev | null = null;
  let dist = 99;
  for (let k = from, n = 0; k >= 0 && k < t.length && n < 8; k += dir, n++) {
    const tok = t[k];
    // skip an aside: "130,000 people, most of them Syrian Kurds, crossed into Turkey"
    if (dir === 1 && tok.text === "," && isAside(t, k)) {
      let c = k + 1;
      // (", among them 27 foreign mercenaries from countries of the former Soviet Union," runs long)
      while (c < t.length && c < k + 16 && t[c].text !== ",") c++;
      if (t[c]?.text === ",") { k = c; continue; }
    }
    // "2,647 Daesh members and 453 PKK/PYD militants had been neutralised": the list shares its verb
    // ("more than 280 civilians and about 2,000 fighters were killed": past the next figure's qualifier too)
    let f = k;
    if (dir === 1 && !found && /^(?:about|some|nearly|around|roughly|approximately|almost|over)$/.test(tok.lower)) f = k + 1;
    else if (dir === 1 && !found && ((tok.lower === "at" && t[k + 1]?.lower === "least") || (/^(?:more|fewer|less)$/.test(tok.lower) && t[k + 1]?.lower === "than"))) f = k + 2;
    if (dir === 1 && opensFigure(t[f]) && (t[k - 1]?.lower === "and" || t[k - 1]?.text === ",") && !found) {
      let c = f + 1;
      while (c < t.length && c < f + 6 && (t[c].type === "word" || t[c].text === "/" || t[c].text === "-") && !AUX.has(t[c].lower) && !eventAt(t, c) && !STOP.has(t[c].lower)) c++;
      if (c < t.length && (AUX.has(t[c].lower) || eventAt(t, c))) { k = c - 1; continue; }
      // "seven soldiers and one civilian working for the army were killed": past the other figure's
      // modifier to the auxiliary the list shares (an event word there could be the modifier's own)
      c = f + 1;
      while (c < t.length && c < f + 11 && (t[c].type === "word" || t[c].text === "-") && !AUX.has(t[c].lower) && !/^(?:and|or|but|while|said|says|than)$/.test(t[c].lower)) c++;
      if (c < t.length && /^(?:were|was|had|have|has)$/.test(t[c].lower) && eventAt(t, c + 1 + (t[c + 1]?.lower === "been" ? 1 : 0))) { k = c - 1; continue; }
    }
    // 'had been "neutralised"', 'killed "hundreds" of militants': a quotation mark is no distance
    if (tok.type === "punct" && /^["“”‘’']$/.test(tok.text)) { n--; continue; }
    // "1.8 million people now live in 1633 camps", "7,000 children from 60 countries remain in the camps": a figure
    // inside a prepositional phrase is no new clause
    // (a year is a date: "3 officers sacked. Twin blasts in 2018 killed 38")
    if (dir === 1 && n > 0 && opensFigure(tok) && /^(?:in|from|across)$/.test(t[k - 1]?.lower ?? "") && !/^(?:19|20)\d\d$/.test(tok.text)) continue;
    // "250,000 to 275,000 people, trapped since July": a participle of siege set off by a comma still tells their state
    if (dir === 1 && n === 0 && tok.text === "," && eventAt(t, k + 1)?.key === "trap") continue;
    if (opensFigure(tok) || (tok.type === "punct" && (tok.text === "," || CLAUSE_END.has(tok.text)))) break;
    if (dir === 1 && (tok.lower === "while" || tok.lower === "but" || tok.lower === "which")) break;
    if (dir === -1 && SUBORD.has(tok.lower)) break;
    // "five people had died and seven had been wounded": the verb before "and" is the other figure's
    if (dir === -1 && n === 0 && (tok.lower === "and" || tok.lower === "or")) break;
    let hit = eventAt(t, k);
    // "only 30 doctors were left": left over, not fled
    if (hit && t[k].lower === "left" && ["were", "are", "is", "was", "been"].includes(t[k - 1]?.lower ?? "")) hit = null;
    // "1 in 5 children had lost a parent": what the counted people lost is not their lives
    if (hit && dir === 1 && t[k].lower === "lost" && hit.end === k + 1 && t[k - 1]?.lower !== "were") hit = null;
    // "2,500 fighters left inside the city": remaining, not fleeing
    if (hit && t[k].lower === "left" && ["inside", "behind", "alive", "there", "standing", "intact"].includes(t[k + 1]?.lower ?? "")) hit = null;
    // "120 volunteers left in Douma": still there
    if (hit && t[k].lower === "left" && t[k + 1]?.lower === "in" && /^[A-Z]/.test(t[k + 2]?.text ?? "")) hit = null;
    // ("nine civilians including three children and wounding more than 75": a verb after "and" that has a figure of its
    // own is that figure's)
    if (hit && dir === 1 && !found && n > 0 && /^(?:and|or)$/.test(t[k - 1]?.lower ?? "") && ownFigure(t, hit.end)) break;
    if (hit) {
      if (!found) dist = n;
      // "killed or wounded": both a death and an injury
      if (found && found !== hit.key && ((found === "kill" && hit.key === "injure") || (found === "injure" && hit.key === "kill"))) return { ev: "mixed", dist };
      if (found) return { ev: found, dist };
      found = hit.key;
      const nx = t[hit.end]?.lower;
      // ("six soldiers were killed and several wounded": a verb after a figure of its own is that figure's)
      if (dir === 1 && (nx === "or" || nx === "and") && eventAt(t, hit.end + 1)) { k = hit.end; n++; continue; }
      const pv = t[hit.i - 1]?.lower;
      if (dir === -1 && (pv === "or" || pv === "and") && hit.i >= 2) {
        // "killed 12 and wounded 30": a verb with its own figure between is the other figure's
        const other = eventAt(t, hit.i - 2) ?? (hit.i >= 3 && !opensFigure(t[hit.i - 2]) ? eventAt(t, hit.i - 3) : null);
        if (other && ((other.key === "kill" && found === "injure") || (other.key === "injure" && found === "kill"))) return { ev: "mixed", dist };
      }
      return { ev: found, dist };
    }
    if (k === to) break;
  }
  return { ev: found, dist };
}

/** A figure right after a verb, past its qualifier ("wounding more than 75", "wounded at least 30"). */
function ownFigure(t: Token[], at: number): boolean {
  let k = at;
  if (/^(?:more|fewer|less)$/.test(t[k]?.lower ?? "") && t[k + 1]?.lower === "than") k += 2;
  else if (t[k]?.lower === "at" && /^(?:least|most)$/.test(t[k + 1]?.lower ?? "")) k += 2;
  else if (/^(?:about|some|nearly|around|roughly|approximately|almost|over|up)$/.test(t[k]?.lower ?? "")) k += t[k + 1]?.lower === "to" ? 2 : 1;
  return opensFigure(t[k]) && t[k]?.lower !== "one";
}

/** An event word modifying the counted noun: "neutralised fighters", "wounded civilians" */
export function modifierEvent(t: Token[], from: number, head: number): Ev | null {
  for (let k = from; k < head; k++) { const e = eventAt(t, k); if (e) return e.key; }
  return null;
}

/** The event word closest to the counted phrase, after it or before the figure (ties go after). */
export function nearestEvent(t: Token[], after: number, before: number): Ev | null {
  const f = findEvent(t, after, t.length, 1);
  const b = findEvent(t, before, 0, -1);
  if (!f.ev || !b.ev) return f.ev ?? b.ev;
  return f.dist <= b.dist ? f.ev : b.ev;
}
