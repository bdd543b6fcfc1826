// Corrections to the metric a counted phrase and its verb make, read from the rest of the sentence: gatherings
// are no displacement, vehicles with nothing done to them no losses, people in a siege trapped. Split from metrics.ts.
import type { Metric } from "./types";
import type { Token } from "./tokens";
import type { Quantity } from "./numbers";
import { eventAt } from "./lexicon";
import { opensFigure } from "./numbers";
import { partOtherwiseCounted } from "./metric-parts";
import { findEvent } from "./metric-events";
import type { UnitInfo } from "./metrics";
import { decideMetric } from "./metric-decision";

// "launched 105 weapons": weapons launched or fired are missiles
const LAUNCH = new Set(["launched", "fired", "launching", "firing", "launch", "fire"]);

function gatheredFor(t: Token[]): boolean {
  let gathered = false;
  for (let n = 0; n < t.length; n++) {
    const e = eventAt(t, n);
    if (!e || e.key !== "displace") continue;
    // ("Hundreds of protesters gathered outside Turkish visa centres")
    if (!/^(?:gathered|gathering)$/.test(t[n].lower) || !/^(?:for|in|inside|outside)$/.test(t[n + 1]?.lower ?? "")) return false;
    gathered = true;
  }
  return gathered;
}

export function controlIn(t: Token[]): boolean {
  for (let n = 0; n < t.length; n++) if (eventAt(t, n)?.key === "control") return true;
  return false;
}

function hasLossWord(t: Token[]): boolean {
  for (let n = 0; n < t.length; n++) { const e = eventAt(t, n); if (e && (e.key === "destroy" || e.key === "kill")) return true; }
  return false;
}

// ("about 100,000 civilians remain there, and ISIS is using them as shields")
const STILL_IN = /\b(?:still|remained|remain|remains)\s+(?:inside|in|there)\b/i;
const SIEGE = /\b(?:siege|besieged|pocket|enclave|encircled|human shields|shields|storm|trapped|cut off)\b/i;
const sentenceOf = (t: Token[]) => t.map((x) => x.text).join(" ");
// an attack's verbs, not a damage survey's ("1,730 buildings were completely destroyed" is a count of damage)
const ATTACKED = /^(?:hit|struck|targeted|bombed|shelled|striking|hitting|targeting|bombing|shelling)$/;
const BUILDING = /^(?:buildings?|houses?|homes?)$/;

/** "its jets had struck five buildings used by terrorists", "air strikes hit two houses", "two houses were hit" */
function buildingsAttacked(t: Token[], q: Quantity, unitEnd: number): boolean {
  if (!BUILDING.test(t[unitEnd - 1]?.lower ?? "")) return false;
  if (ATTACKED.test(t[q.qi - 1]?.lower ?? "")) return true;
  let k = unitEnd;
  while (k < unitEnd + 3 && /^(?:were|was|had|have|has|been|also)$/.test(t[k]?.lower ?? "")) k++;
  return k > unitEnd && ATTACKED.test(t[k]?.lower ?? "");
}

// "three times those in Homs", "five times its capacity", "three times as many": a multiplier, not a count
const MULTIPLIER_AFTER = /^(?:as|those|that|its|their|the|more|higher|larger|bigger|greater)$/;
const CLAUSE_EDGE = /^(?:[.;:!?(),"“”|]|and|but|while|which|who|that)$/;
/** "had shelled government-held areas 39 times", "attacked at least 66 times": an attack verb earlier in the clause */
function attackedBefore(t: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    if (CLAUSE_EDGE.test(t[k].lower) && k < at - 1) return false;
    if (eventAt(t, k)?.key === "destroy") return true;
  }
  return false;
}

/** The start of the first "N times" of a list that ends with the one at `at` ("55 times ..., 27 times in Iraq and 28 times"). */
function firstTimes(t: Token[], at: number): number {
  let first = at;
  for (let k = at - 1; k >= 1 && k >= at - 25; k--) {
    if (/^[.;!?]$/.test(t[k].text)) break;
    if (t[k].lower === "times" && t[k - 1].type === "num") first = k - 1;
  }
  return first;
}

/** "liberated 40 of the city's 56 eastern neighbourhoods": the figure is the whole a part was taken of */
function wholeOfPart(t: Token[], qi: number): boolean {
  let b = qi - 1;
  if (/['’]s$/.test(t[b]?.text ?? "") || /^(?:its|their|his|our)$/.test(t[b]?.lower ?? "")) b--;
  if (t[b]?.lower === "the") b--;
  return t[b]?.lower === "of" && opensFigure(t[b - 1]);
}

const AIRLINE = /^(?:cancell?ed|cancell?ing|cancell?ations?|scheduled|delayed|diverted|grounded|airline|airlines|passengers)$/;
/** A verb of return later in the sentence, after the clause at `from` ("who had left the area ... have returned"). */
function returnAfter(t: Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 20; k++) {
    if (/^[.;:!?]$/.test(t[k].text)) return false;
    if (eventAt(t, k)?.key === "return") return true;
  }
  return false;
}
/** "had died", "later died", "have since died": a death verb right after the counted phrase */
function diedAfter(t: Token[], from: number): boolean {
  let k = from;
  while (k < from + 4 && /^(?:had|have|has|since|later|subsequently|also|then)$/.test(t[k]?.lower ?? "")) k++;
  return /^(?:died|perished|succumbed)$/.test(t[k]?.lower ?? "");
}
const DESIRE = /^(?:want|wants|wanted|wanting|wish|wishes|wished|hope|hopes|hoped|hoping|intend|intends|intended|plan|plans|planned|planning)$/;
/** "wanted to leave", "hope to return": a wish of the people counted, right after their phrase */
function wishesTo(t: Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 4; k++) {
    if (DESIRE.test(t[k].lower) && t[k + 1]?.lower === "to" && eventAt(t, k + 2)) return true;
    if (t[k].type !== "word") return false;
  }
  return false;
}
/** "were still partly functioning", "remain operational": in service, a few words after the counted phrase */
function inService(t: Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 5; k++) {
    if (/^(?:functioning|functional|operating|operational|working)$/.test(t[k].lower)) return true;
    if (t[k].type !== "word") return false;
  }
  return false;
}
const REACH = /^(?:reach|reached|reaches|reaching)$/;
/** "reached about 150,000 people", "reach only about half of": the figure is the object of "reach" */
function reachedBy(t: Token[], qi: number): boolean {
  const b = /^(?:only|just|some|another|a|further)$/.test(t[qi - 1]?.lower ?? "") ? qi - 2 : qi - 1;
  return REACH.test(t[b]?.lower ?? "");
}

/** Corrects `info.metric`, just decided from the noun, person and event, with what the sentence says besides. */
export function refineMetric(t: Token[], q: Quantity, info: UnitInfo, lastMetric: Metric | null): void {
  // "killed or wounded 3,964 enemy fighters, ... using the term 'neutralised'": a side's "neutralised" tally of
  // fighters is read as kills, whatever words the sentence glosses it with
  if (info.event === "mixed" && (info.person === "militant" || info.person === "soldier") && t.some((x) => /^neutrali[sz]ed$/.test(x.lower))) info.metric = decideMetric(info.noun, info.person, "kill");
  // "shelled villages 17 times" counts attacks, "violated it 302 times", "warned 10 times" are other figures
  if (info.noun === "times" && /^(?:times|twice)$/.test(t[info.unitEnd - 1]?.lower ?? "") && q.kind !== "percent") {
    // ("attacked at least 55 times since 17 October, 27 times in Iraq and 28 times in Syria": the list's first verb;
    // "displaced three or four times", "told them a hundred times": a repetition spelled out is no tally)
    const first = firstTimes(t, q.qi);
    info.metric = MULTIPLIER_AFTER.test(t[info.unitEnd]?.lower ?? "") ? null : info.metric === "strikes" || attackedBefore(t, first) ? "strikes" : t[q.i].type === "num" ? "other" : null;
  }
  // "attacked at least 66 times since 17 October - 32 times in Iraq and 34 in Syria": the list's last count drops "times"
  if (!info.metric && info.noun === "times" && info.unitEnd === q.j && /^(?:and|,)$/.test(t[q.qi - 1]?.lower ?? "") && t[q.i].type === "num"
    && attackedBefore(t, firstTimes(t, q.qi))) info.metric = "strikes";
  // "300 people had gathered for a weekly lecture", "gathered in the garden": a gathering, not a displacement
  // (unless the sentence has people flee, camp or shelter: "gathered near the Nassib crossing" keeps "near")
  if (info.metric === "people_displaced" && gatheredFor(t)) info.metric = "other";
  // "the convoy of 40 vehicles", "some 300 tanks took part": vehicles with no deed done to them in
  // their sentence are a count of things, not losses (a listed "destroyed X, Y and 12 vehicles" keeps its verb)
  // "The camp now holds more than 73,000 people": the people a camp holds are displaced
  if (info.metric === "other" && info.person && info.event === "control" && t.some((x) => x.lower === "camp" || x.lower === "camps")) info.metric = "people_displaced";
  // "some 78,000 civilians were still inside the pocket", "15,000 people had remained in Amerli throughout the
  // siege": people still in a besieged place are trapped
  if (info.metric === "other" && (info.person === "civilian" || info.person === "person") && STILL_IN.test(sentenceOf(t)) && SIEGE.test(sentenceOf(t))) info.metric = "people_trapped";
  // "aid convoys reached about 150,000 people in besieged areas", "able to reach only about half of the newly displaced
  // with assistance": people an aid effort reaches are counted as served, whatever befell them ("20,000 civilians have
  // reached our areas" is the people's own move)
  if ((info.metric === "people_displaced" || info.metric === "people_trapped") && reachedBy(t, q.qi)) info.metric = "other";
  // "the state airline said it had cancelled around 100 flights", "three flights scheduled for tomorrow": an airline's
  // timetable, not flights flown in the war
  if (info.metric === "sorties" && /^flights?$/.test(t[info.unitEnd - 1]?.lower ?? "") && t.some((x) => AIRLINE.test(x.lower))) info.metric = "other";
  // "more than 15,000 citizens who had left the area ... have returned to their homes": the relative clause says who they
  // are, the main verb what is counted (returns are other figures)
  if (info.metric === "people_displaced" && /^(?:who|that)$/.test(t[info.unitEnd]?.lower ?? "") && returnAfter(t, info.unitEnd + 1)) info.metric = "other";
  // "a survey found that 95 percent of residents wanted to leave": people who want, hope or plan to flee have not fled
  if (info.metric === "people_displaced" && wishesTo(t, info.unitEnd)) info.metric = "other";
  // "only six hospitals were still partly functioning": facilities counted as still in service are a count of things
  if (!info.metric && info.noun === "facility" && q.kind === "number" && inService(t, info.unitEnd)) info.metric = "other";
  // "evacuated 60 patients from the national hospital": a medical evacuation, not people driven from home
  if (info.metric === "people_displaced" && /^(?:patients|wounded|injured|casualties)$/.test(t[info.unitEnd - 1]?.lower ?? "")) info.metric = "other";
  // "fired 16 missiles from three sites inside Iran": where an attack came from is no target hit
  if (info.metric === "targets_hit" && t[q.qi - 1]?.lower === "from") info.metric = null;
  // "30 towns and villages had signed up to agreements", "800 villages emptied": places counted with no ground
  // changing hands in their sentence are a count of things, as vehicles with no deed done to them are
  if (info.metric === "territory" && q.kind === "number" && /^(?:villages|towns|settlements|hills|hilltops|provinces)$/.test(t[info.unitEnd - 1]?.lower ?? "")
    && !controlIn(t) && !t.some((x) => /^(?:cleared|clearing|freed|recapture|liberate|liberating|seize|capture|take|fell)$/.test(x.lower))) info.metric = "other";
  // "destroyed 1,080 tanker trucks carrying oil products": what the vehicles carried does not undo the verb before them
  if (info.metric === "other" && info.noun === "vehicles" && info.event === "deliver" && findEvent(t, q.qi - 1, 0, -1).ev === "destroy") info.metric = "vehicles_destroyed";
  // (tanks "captured" are lost to their side all the same)
  if (info.metric === "vehicles_destroyed" && info.event !== "destroy" && info.event !== "kill" && info.event !== "detain" && !hasLossWord(t)) info.metric = "other";
  // "64 of the dead by name", "641 of the victims", "39 of those deaths": a part of a toll of one kind is of that kind
  if (info.breakdown && info.metric === "people_killed" && (!info.person || info.person === "person") && info.noun === "death"
    && (lastMetric === "civilians_killed" || lastMetric === "militants_killed" || lastMetric === "soldiers_killed")) info.metric = lastMetric;
  // "3 of the wounded had died", "two of the injured later died in hospital": a part of the wounded that died is dead
  if (info.breakdown && info.noun === "injury" && diedAfter(t, info.unitEnd)) info.metric = "people_killed";
  // "22 of the wounded had been flown to Misrata", "284 wounded ..., 220 of whom had since been discharged": a part
  // counted for another fate is a figure of its own
  if (info.breakdown && q.kind === "number" && (info.noun === "injury" || info.noun === "death" || info.noun === "displaced")
    && (info.unitStart > q.j || /^(?:whom|them)$/.test(t[info.unitEnd - 1]?.lower ?? "")) && partOtherwiseCounted(t, q.qi, info.unitEnd)) { info.breakdown = false; info.metric = "other"; }
  // buildings an attack hit are its targets; buildings damaged or destroyed are counted as damage
  if (info.metric === "other" && q.kind === "number" && buildingsAttacked(t, q, info.unitEnd)) info.metric = "targets_hit";
  // "arrested 11 people in six provinces": places after "in" or "across" say where, not what ground changed hands
  if (info.metric === "territory" && q.kind === "number" && /^(?:in|across|throughout|from)$/.test(t[q.qi - 1]?.lower ?? "")) info.metric = null;
  // (and places fire fell into or on are where it landed, unless ground changed hands: "fired rockets loaded with a nerve
  // agent into 12 neighbourhoods", not "push into 14 villages")
  if (info.metric === "territory" && q.kind === "number" && /^(?:into|onto|on)$/.test(t[q.qi - 1]?.lower ?? "") && !controlIn(t)) info.metric = null;
  // the whole of a part is a base: ground is counted as the part taken, not as all there is
  // (targets are left alone: "108 of the 113 targets assigned" is labelled a count of targets, "nine of 11 bunkers" not)
  if (info.metric === "territory" && q.kind === "number" && wholeOfPart(t, q.qi)) info.metric = null;
  // a share of a toll ("90 percent of those deaths") is not a count
  // "the allies launched 105 weapons at three targets": weapons launched or fired are missiles
  // (weapons "dropped or fired" are bombs as much as missiles)
  if (info.metric === "other" && t[info.unitEnd - 1]?.lower === "weapons" && LAUNCH.has(t[q.qi - 1]?.lower ?? "") && !["or", "and"].includes(t[q.qi - 2]?.lower ?? "")) info.metric = "missiles";
  // ("90 percent of the city's residents have left" is a share of people displaced: a claim)
  // ("86 percent of the missiles were intercepted", "90 percent of assigned targets hit" are shares of a count: claims)
  if (q.kind === "percent" && !/^(?:territory|strikes|people_displaced|missiles|targets_hit)$/.test(info.metric ?? "")) info.metric = null;
}
