// Figures that have not happened: predictions, warnings and conditions ("at least 10 of them will
// die if they are not evacuated", "an offensive could kill up to 500 civilians", "threatens to
// displace 300,000"). The claim model counts what a side asserts happened; the devset and training
// labels treat a prediction as optional at most, so these are not extracted. Counts of planned
// things (metric `other`: "44 trucks will carry food") stay, as the labels require them.
import type { Token } from "./tokens";

const MODAL = new Set(["will", "would", "could", "might", "may", "shall", "can", "'ll"]);
// "threatens to displace", "is expected to kill": the verb after "to" has not happened
const LEAD_TO = new Set(["threatens", "threaten", "threatened", "threatening", "risk", "risks", "risking", "expected",
  "likely", "set", "going", "plans", "planned", "plan", "aims", "intends", "intended", "hopes", "poised", "feared"]);
const SKIP = new Set(["also", "soon", "still", "probably", "likely", "only", "then", "now", "eventually", "all", "each",
  "more", "others", "other", "additional", "new", "further"]);
// words before a figure that are not its verb
const NOT_VERB = new Set(["because", "as", "when", "while", "after", "before", "since", "and", "but", "of", "than",
  "that", "the", "to", "for", "with", "at", "in", "on", "by", "about", "around", "some", "nearly", "over", "under"]);
const BOUNDARY = new Set([",", ";", ".", ":", "!", "?", "(", ")", "\"", "“", "”", "–", "—"]);
const STATE = new Set(["trapped", "besieged", "stranded", "held", "living", "missing", "detained", "buried", "stuck",
  "under", "in", "inside", "among", "dead", "alive", "hiding", "sheltering", "encircled"]);
// ("the sites may contain between 6,000 and 12,000 victims", "could number 5,000": a guess at how things stand, a claim)
const AFTER_MODAL_FACT = new Set(["have", "not", "n't", "never", "hardly", "contain", "hold", "include", "number", "total", "exceed"]);

/** A modal that opens a prediction: "will die", "could be displaced"; not "may have died", "could not be verified". */
function modalAt(t: Token[], k: number): boolean {
  const w = t[k];
  if (!w || !MODAL.has(w.lower)) return false;
  if (w.lower === "may" && w.text !== "may") return false; // the month
  if (w.lower === "can" && t[k + 1]?.lower === "be" && /^(?:seen|found|heard|confirmed|verified)$/.test(t[k + 2]?.lower ?? "")) return false;
  let n = k + 1;
  // "may still be trapped", "could be dead": a guess about how things stand now, which is a claim
  if (t[n]?.lower === "still") return false;
  if (t[n]?.lower === "be" && STATE.has(t[n + 1]?.lower ?? "")) return false;
  while (t[n]?.lower === "also") n++;
  return !AFTER_MODAL_FACT.has(t[n]?.lower ?? "");
}

/** True when the figure at tokens [qi, j) with its counted phrase ending at unitEnd is a prediction or condition. */
export function isHypothetical(t: Token[], qi: number, unitEnd: number): boolean {
  // after the counted phrase: "10 of them will die", "up to 500 people could be killed", "... if"
  for (let k = unitEnd, n = 0; k < t.length && n < 4; k++, n++) {
    if (BOUNDARY.has(t[k].text)) break;
    if (SKIP.has(t[k].lower) || t[k].lower === "of" || t[k].lower === "them") continue;
    if (modalAt(t, k)) return true;
    if (t[k].lower === "if" || t[k].lower === "unless") return true;
    if (t[k].lower === "are" || t[k].lower === "is" || t[k].lower === "were") {
      if (["expected", "likely", "set", "feared", "going", "poised"].includes(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "to") return true;
      if (t[k + 1]?.lower === "at" && t[k + 2]?.lower === "risk") return true;
      continue;
    }
    break;
  }
  // before the figure, with its verb right before it: "could kill up to 500", "threatens to displace
  // 300,000", "would force 700,000 to flee" (not "likely to rise because 60 people were wounded")
  const verb = t[qi - 1];
  if (!verb || verb.type !== "word" || MODAL.has(verb.lower) || NOT_VERB.has(verb.lower)) return false;
  let k = qi - 2;
  while (k >= 0 && SKIP.has(t[k].lower)) k--;
  if (k >= 0 && modalAt(t, k)) return true;
  if (t[k]?.lower === "to" && LEAD_TO.has(t[k - 1]?.lower ?? "")) return true;
  return false;
}
