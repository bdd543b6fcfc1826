// Clues in a figure's sentence to whose deed or loss it is: the speaker reporting its own action
// ("said they had killed"), a state's own dead ("had died"), a deed before a count of things ("dropped
// 2,500 bombs"), the subject of "lost", and where the figure's clause ends. Split from actor.ts.
import type { Side } from "./types";
import type { Token } from "./tokens";
import { bare } from "./tokens";
import { OWN, STANDALONE, STATE, sideWord } from "./actor-words";

const OWN_FORCE = /^(?:fighters|forces|troops|men|units|aircraft|jets|warplanes|soldiers|commandos|guards|drones|navy|personnel)$/;
const TELL = new Set(["told", "tell", "tells"]);
const QUOTE_MARK = /^["“”]$/;
const SAID = new Set(["said", "says", "say", "claimed", "claims", "announced", "reported", "saying", "stated", ...TELL]);
const DID = /^(?:killed|destroyed|hit|struck|downed|shot|neutralised|neutralized|captured|took|taken|seized|eliminated|retaken|retook|recaptured|regained|liberated|cleared|carried|conducted|flew|fired|launched|held|hold|holds|control|controls|controlled)$/;
/** "said (that) they had killed", "says it has destroyed": the speaker reports its own action (for the figure at `figure`). */
export function speakerActs(t: Token[], figure = t.length): boolean {
  for (let k = 0; k < t.length; k++) {
    // '"We shot down two drones," a commander said': a quoted first person is the speaker's side
    // ("We also arrested 140 suspects", "we detained 23 people")
    if (t[k].lower === "we") {
      let v = k + 1;
      while (/^(?:have|had|also|then|later|now|already)$/.test(t[v]?.lower ?? "")) v++;
      if (DID.test(t[v]?.lower ?? "") || /^(?:arrested|detained|removed|dropped|seized|defused|dismantled|foiled)$/.test(t[v]?.lower ?? "")) return true;
    }
    // "The coalition has admitted responsibility for 159 civilian deaths", "IS claimed responsibility"
    if (t[k].lower === "responsibility" && /^(?:admitted|acknowledged|accepted|claimed|took|takes|claims|admits)$/.test(t[k - 1]?.lower ?? "")) return true;
    // ("said ... that the Turkish strikes had hit homes, and that its fighters had destroyed two tanks": a second
    // complement of the verb of saying)
    // (only for the figures of that complement: "11 of its fighters had been killed ..., and that its forces had killed")
    const second = t[k].lower === "that" && t[k - 1]?.lower === "and" && figure > k && t.slice(0, k).some((x) => SAID.has(x.lower));
    if (!SAID.has(t[k].lower) && !second) continue;
    let p = k + 1;
    // "told reporters they had", "tell our correspondent they destroyed"
    if (TELL.has(t[k].lower)) while (p < k + 4 && t[p] && t[p].type === "word" && !/^(?:they|it|we|that)$/.test(t[p].lower)) p++;
    if (/^[a-z]+day$|^yesterday$|^today$/.test(t[p]?.lower ?? "")) p++;
    // "said on December 10 that its jets had struck", "said on Monday that"
    else if (t[p]?.lower === "on" && /^[A-Z][a-z]+$/.test(t[p + 1]?.text ?? "")) { p += 2; if (t[p]?.type === "num") p++; }
    // "said in a statement carried by the Firat News Agency, which is close to the group, that its fighters"
    else if (/^(?:in|on|through|via)$/.test(t[p]?.lower ?? "")) {
      let c = p + 1;
      while (c < t.length && c < p + 20 && t[c].lower !== "that" && t[c].text !== "." && !QUOTE_MARK.test(t[c].text)) c++;
      if (t[c]?.lower === "that") p = c;
    }
    if (t[p]?.lower === "that") p++;
    // "said its fighters had killed", "said his men had taken": the speaker's own forces act for it
    // (and "said security forces had killed": a state's forces of no nationality are its own)
    // ("said its border guards had killed", "its air force had struck": one word may qualify the force)
    const owner = OWN.has(t[p]?.lower ?? "") || t[p]?.lower === "his" || t[p]?.lower === "security";
    if (owner && OWN_FORCE.test(t[p + 1]?.lower ?? "")) p++;
    else if (owner && /^[a-z]+$/.test(t[p + 1]?.text ?? "") && /^(?:forces|guards|force|units|fighters|troops)$/.test(t[p + 2]?.lower ?? "")) p += 2;
    else if (!/^(?:they|it|we)$/.test(t[p]?.lower ?? "")) continue;
    p++;
    if (/^(?:had|have|has)$/.test(t[p]?.lower ?? "")) p++;
    // ('said that it had "struck 3 routes ..."': a quote may open on the verb)
    if (QUOTE_MARK.test(t[p]?.text ?? "")) p++;
    // ("their forces now held", "it had also destroyed")
    if (/^(?:now|also|still|already)$/.test(t[p]?.lower ?? "")) p++;
    if (DID.test(t[p]?.lower ?? "")) return true;
    // "its fighters had repelled a ground assault near Harasta and killed 27 soldiers"
    for (let c = p + 1; c < t.length && c < p + 9 && t[c].text !== "," && t[c].text !== "."; c++) if (t[c].lower === "and" && DID.test(t[c + 1]?.lower ?? "")) return true;
  }
  return false;
}

/** "1,200 soldiers had died": soldiers a state counts as dying are its own, not ones it "neutralised" */
export function diedAfter(t: Token[], unitEnd: number): boolean {
  for (let k = unitEnd; k < t.length && k < unitEnd + 5; k++) {
    if (/^(?:died|die|dies|perished|martyred)$/.test(t[k].lower)) return true;
    // "17 soldiers had been killed", with no one named as killing them: the state's own dead
    if (t[k].lower === "killed" && /^(?:been|were|was)$/.test(t[k - 1]?.lower ?? "") && t[k + 1]?.lower !== "by") return true;
  }
  return false;
}

const QUALIFYING = new Set(["about", "around", "some", "nearly", "almost", "roughly", "more", "than", "over", "at", "least", "up", "to", "an", "estimated", "approximately", "a", "total", "of", "another", "further"]);
const DEED = new Set(["dropped", "fired", "made", "flew", "built", "trained", "cleared", "dismantled", "delivered", "seized",
  "captured", "launched", "flagged", "detained", "arrested", "freed", "released", "evacuated", "defused", "removed",
  // ("conducted 3 humanitarian actions, distributing 2.8 tonnes of food", "carried out 313 operations ..., detaining 374")
  "conducted", "distributed", "distributing", "defusing", "detaining", "arresting", "seizing", "dismantling", "removing",
  "delivering", "capturing", "freeing", "dropping", "clearing", "evacuating"]);
export function deedBefore(t: Token[], figure: number): boolean {
  let k = figure - 1;
  while (k >= 0 && QUALIFYING.has(t[k].lower)) k--;
  return DEED.has(t[k]?.lower ?? "") || (t[k]?.lower === "out" && t[k - 1]?.lower === "carried");
}

/** "it had lost 41 soldiers", "the YPG lost 300 fighters": the losses are the subject's own */
export function lostBy(t: Token[], figure: number, claimant: Side, gov: Side): Side | null {
  let k = figure - 1;
  while (k >= 0 && k >= figure - 4 && t[k].lower !== "lost") k--;
  if (k < 0 || t[k].lower !== "lost") return null;
  k--;
  while (k >= 0 && /^(?:had|has|have|also|reportedly|already)$/.test(t[k].lower)) k--;
  const subject = t[k];
  if (!subject) return null;
  if (/^(?:it|we|they)$/.test(subject.lower)) return STATE.has(claimant) ? claimant : null;
  // "the YPG lost", "regime forces had lost", "the Turkish army lost"
  for (let b = k; b >= 0 && b > k - 3 && t[b].type === "word"; b--) {
    const s = sideWord(t[b], gov) ?? STANDALONE[bare(t[b])];
    if (s) return s;
  }
  return null;
}

/** Where the clause holding a figure starts: after the last ", and", ", but", ", while" or ";" before it, else 0. */
export function clauseStart(t: Token[], to: number): number {
  for (let k = to - 1; k > 0; k--) {
    if (t[k].text === ";") return k + 1;
    if (t[k].text === "," && /^(?:and|but|while|whereas)$/.test(t[k + 1]?.lower ?? "")) return k + 2;
  }
  return 0;
}

/** Where the clause holding a figure ends: at ", and", ", but", ", while" or ";" after it. */
export function clauseEnd(t: Token[], from: number): number {
  for (let k = from; k < t.length; k++) {
    if (t[k].text === ";") return k;
    if (t[k].text === "," && /^(?:and|but|while|whereas)$/.test(t[k + 1]?.lower ?? "")) return k;
  }
  return t.length;
}

const TARGETED = /^(?:attacked|targeted|hit|struck|shelled|bombed|ambushed)$/;
/**
 * "US forces had been attacked 55 times", "rockets were fired at US and coalition forces": the forces
 * at [start, end) are the target of the attack, not its doer.
 */
export function attackTarget(t: Token[], start: number, end: number): boolean {
  // ("have attacked our forces": the object of an attack verb)
  if (/^(?:at|against|toward|towards|attacked|targeted|stormed|overran|raided|ambushed)$/.test(t[start - 1]?.lower ?? "")) return true;
  // "an ambush on army troops", "the strike on Syrian positions" (not "blamed on Russian jets")
  if (t[start - 1]?.lower === "on" && /^(?:strikes?|airstrikes?|attacks?|raids?|ambush|assault|offensive|bombing|shelling)$/.test(t[start - 2]?.lower ?? "")) return true;
  let k = end;
  // ("US forces in Syria have been attacked": a place after the forces)
  if (/^(?:in|at|near)$/.test(t[k]?.lower ?? "") && /^[A-Z]/.test(t[k + 1]?.text ?? "")) {
    k += 2;
    while (/^[A-Z]/.test(t[k]?.text ?? "") || (/^(?:and|or)$/.test(t[k]?.lower ?? "") && /^[A-Z]/.test(t[k + 1]?.text ?? ""))) k++;
  }
  while (/^(?:had|have|has|also|repeatedly)$/.test(t[k]?.lower ?? "")) k++;
  if (!/^(?:been|were|was|are|is)$/.test(t[k]?.lower ?? "")) return false;
  return TARGETED.test(t[k + 1]?.lower ?? "");
}
