// Parts of a counted group that something else befell: "22 of the wounded had been flown to Misrata",
// "47 of the evacuees needed urgent surgery", "treated 47 of the wounded". The group's own event (wounded,
// dead, displaced) names who they are; what the sentence counts them for is another thing, a figure of
// metric `other`. ("12 of the dead were killed inside the complex", "30 of the victims were children" keep theirs.)
import type { Token } from "./tokens";
import { eventAt } from "./lexicon";
import type { Quantity } from "./numbers";
import { findEvent } from "./metric-events";

const SKIP = /^(?:have|has|had|been|were|was|are|is|be|to|will|would|later|since|still|then|also|now|all|reportedly|already|subsequently)$/;
// verbs of a count's fate that do not end in -ed
const OTHER_VERB = /^(?:remain|remains|need|needs|require|requires|went|gone|left|taken|flown|brought|sent|given)$/;
const HARM = new Set(["kill", "injure"]);
// ("the monitor attributed 287 of the deaths to government forces": a source's tally still counts the toll)
const TALLY = /^(?:documented|recorded|counted|attributed|blamed|confirmed|verified|reported|registered|logged|estimated|named|listed|included|added)$/;

function isOtherVerb(t: Token[], k: number): boolean {
  const w = t[k];
  if (!w || w.type !== "word") return false;
  if (!(/[a-z]ed$/.test(w.lower) || OTHER_VERB.test(w.lower))) return false;
  const ev = eventAt(t, k);
  return !ev || !HARM.has(ev.key);
}

/** True when the part counted at [qi, unitEnd) is named by its group but counted for another fate. */
export function partOtherwiseCounted(t: Token[], qi: number, unitEnd: number): boolean {
  let k = unitEnd;
  while (k < t.length && k < unitEnd + 4 && (SKIP.test(t[k].lower) || /ly$/.test(t[k].lower))) k++;
  if (k > unitEnd || t[k]?.type === "word") { if (isOtherVerb(t, k)) return true; }
  // "its medics treated 47 of the wounded", "had identified 22 of the dead"
  return !TALLY.test(t[qi - 1]?.lower ?? "") && isOtherVerb(t, qi - 1);
}

/** "17 of them would be deported", "20 of them had surrendered", "50,000 of them have avoided military service": a part
 * of a count with a verb or event of its own, not its make-up ("nine of them vehicle-borne IEDs"). */
export function partHasFate(t: Token[], q: Quantity, u: { event: string | null; unitEnd: number }): boolean {
  // ("killed or wounded more than 80 of them", "has taken back about 2,500 of its citizens": casualties and returns
  // are counted as other figures whichever side of the figure their verb stands)
  if (u.event === "mixed" || u.event === "return") return true;
  if (findEvent(t, Math.max(q.j, u.unitEnd), t.length, 1).ev) return true;
  // ("900 of the 8,000 fighters inside were from Jabhat Fateh al-Sham", "900 of the estimated 8000 fighters in the east
  // belong to the former Nusra Front": which body a part belongs to is a count of its own)
  if (belongsTo(t, u.unitEnd)) return true;
  let k = Math.max(q.j, u.unitEnd);
  while (k < t.length && k < u.unitEnd + 4 && (SKIP.test(t[k].lower) || /ly$/.test(t[k].lower))) k++;
  return k > Math.max(q.j, u.unitEnd) && isOtherVerb(t, k);
}

const BELONG = /^(?:belong|belongs|belonged)$/;
/** A part's membership verb after its phrase and a short place word or phrase: "inside were from", "in the east belong to". */
function belongsTo(t: Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 5; k++) {
    if (BELONG.test(t[k].lower) && t[k + 1]?.lower === "to") return true;
    if (/^(?:were|are)$/.test(t[k].lower)) return t[k + 1]?.lower === "from" && /^[A-Z]/.test(t[k + 2]?.text ?? "");
    if (t[k].type !== "word") return false;
  }
  return false;
}
