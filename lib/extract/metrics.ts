// What a figure counts: the counted phrase after it (or the phrase it refers back to) and
// the event verb around it, looked up in data/metrics.json.
import type { Metric } from "./types";
import type { Token } from "./tokens";
import type { Quantity } from "./numbers";
import { bare } from "./tokens";
import { nounAt, eventAt, type NounClass } from "./lexicon";
import { AUX, STOP, findEvent, modifierEvent, nearestEvent, type Ev } from "./metric-events";
import placesData from "./data/places.json";
import { PERSON, QUOTE, isStop, membersOf, namedBefore, personOf, projectileVerbAfter, scanPhrase, weaponModifier } from "./noun-phrase";
import { decideMetric } from "./metric-decision";
import { controlIn, refineMetric } from "./metric-refine";

export { decideMetric };


export interface UnitInfo {
  noun: NounClass | null; person: NounClass | null; event: Ev | null;
  unitStart: number; unitEnd: number; // token span of the counted phrase
  metric: Metric | null; territoryHint: boolean;
  /** "71 of them", "30 of the victims": a part of an earlier figure */
  breakdown?: boolean;
  /** "14 of its men", "36 of the group's men": people of the side whose men they are */
  owned?: boolean;
}

const NOMINAL_EVENT: Record<string, Ev> = Object.assign(Object.create(null), {
  martyrdom: "kill", deaths: "kill", death: "kill", killing: "kill", killings: "kill", murder: "kill", lives: "kill", execution: "kill",
  injury: "injure", injuries: "injure", injuring: "injure", wounding: "injure",
  displacement: "displace", evacuation: "displace", return: "return", repatriation: "return",
});
const DET = new Set(["the", "them", "those", "these", "its", "their", "his", "her", "our", "whom", "which", "all"]);
const TERRITORY_WORDS = new Set(["territory", "country", "city", "region", "area", "land", "province", "enclave",
  "district", "town", "pocket", "villages", "east", "west", "north", "south", "neighbourhoods", "neighborhoods", "ground", "governorate", "countryside"]);
const PLACE_WORDS = new Set(Object.entries(placesData).filter(([k]) => k !== "_doc")
  .flatMap(([, v]) => (v as string[]).map((p) => p.split(/\s+/)[0].toLowerCase())));
const FIGURE_OF = new Set(["figure", "tally", "toll", "count", "total"]);
const SIZE_OF = new Set(["population"]);
const SIZE_VERB = new Set(["numbered", "number", "numbering", "totalled", "totaled", "totalling", "totaling"]);
const SHARE_WORD = new Set(["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "percent", "%", "cent"]);
const STATE_NATION = /^(?:american|us|u\.s\.|israeli|zionist|british|french|russian|turkish)$/;
const WHOLE_QUAL = /^(?:estimated|roughly|about|some|around|approximately|nearly)$/;
const OWNER = new Set(["its", "their", "our", "his"]);


export interface Antecedent { noun: NounClass | null; person: NounClass | null; event: Ev | null; unitStart: number; unitEnd: number }

const DATE_PART = /(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export function analyseUnit(t: Token[], q: Quantity, ante: Antecedent | null, lastMetric: Metric | null): UnitInfo {
  let k = q.j;
  const info: UnitInfo = { noun: null, person: null, event: null, unitStart: k, unitEnd: k, metric: null, territoryHint: false };
  // "twice" counts times, read as "two times" is
  if (t[q.i].lower === "twice") { info.noun = "times"; refineMetric(t, q, info, lastMetric); return info; }
  // ('killed "hundreds" of militants': the quotation mark closes the figure, not the phrase)
  if (q.kind === "vague" && QUOTE.has(t[k]?.text ?? "") && t[k + 1]?.lower === "of") k++;
  // ('had killed "more than 50" IS fighters', 'killed "more than 200" Shia': a quoted figure's noun follows the quote)
  else if (QUOTE.has(t[k]?.text ?? "") && QUOTE.has(t[q.qi - 1]?.text ?? "") && t[k + 1]?.type === "word") k++;
  if (t[k]?.lower === "of" && (q.kind === "vague")) k++;
  // "one of the largest", "one of those sources" count nothing; "one of its soldiers was killed", "one of the
  // six missiles had landed" count one of a kind something befell (checked once the metric is known)
  const oneOf = t[k]?.lower === "of" && t[q.i].lower === "one";
  // "half the city" reads like "half of the city"
  if (q.kind === "fraction" && t[k]?.lower === "the") k--;
  let inheritEvent = false;
  let woundedMod = false;
  let displacedMod = false;
  let deathsOf = false;
  if (t[k]?.lower === "of" || (q.kind === "fraction" && t[k + 1]?.lower === "the" && t[k]?.lower !== "of")) {
    // "23 of the 59 missiles", "five of them children", "a third of its territory"
    let m = k + 1;
    while (DET.has(t[m]?.lower ?? "")) m++;
    // "40 of the city's 56 eastern neighbourhoods", "14 of Syria's provinces": past the owner to what is counted
    if (/['’]s$/.test(t[m]?.text ?? "") && t[m].type === "word" && (t[m + 1]?.type === "num" || WHOLE_QUAL.test(t[m + 1]?.lower ?? "") || nounAt(t, m + 1)?.key === "territory")) m++;
    // ("900 of the estimated 8000 fighters", "a third of the city's roughly 70,000 residents": past the whole's qualifier)
    if (WHOLE_QUAL.test(t[m]?.lower ?? "") && t[m + 1]?.type === "num") m++;
    if (t[m]?.type === "num") m++;
    const np = scanPhrase(t, m, 7);
    const pronoun = ["them", "those", "these", "whom"].includes(t[k + 1]?.lower ?? "");
    info.breakdown = q.kind === "number" || q.kind === "vague" || pronoun;
    for (let x = m; x < Math.min(t.length, m + 6) && !pronoun; x++) {
      if (TERRITORY_WORDS.has(t[x].lower) || (PLACE_WORDS.has(t[x].lower) && /^[A-Z]/.test(t[x].text))) { info.territoryHint = true; break; }
      // "taken 95 percent of Baghuz": a share of a named place, where ground changes hands
      if (x === m && /^[A-Z][a-z]/.test(t[x].text) && t[x].type === "word" && controlIn(t)) { info.territoryHint = true; break; }
      if (isStop(t[x]) && x > m) break;
    }
    // ("80 percent of the city was uninhabitable" is no ground held: only where ground changes hands)
    if (info.territoryHint && (q.kind === "percent" || q.kind === "fraction") && !np.head && controlIn(t)) {
      info.metric = "territory"; info.unitEnd = Math.max(np.end, m + 1); return info;
    }
    if (np.head) { info.noun = np.head.key; info.person = personOf(np.head.key, np.mods); info.unitStart = m; info.unitEnd = np.end; }
    info.owned = !!info.person && t.slice(k + 1, m + 3).some((x) => OWNER.has(x.lower) || /['’]s$/.test(x.text));
    if (np.head?.key === "death") { info.event = "kill"; inheritEvent = true; }
    else if (pronoun) {
      // "repelled an attack by Nusra Front militants and killed 27 of them": the group named before in
      // the sentence, else the last counted phrase
      const named = namedBefore(t, q.qi);
      const from = named ?? ante;
      if (from) { Object.assign(info, { noun: from.noun, person: from.person }); inheritEvent = true; info.unitEnd = k + 2; }
    }
    // "30 of the victims were children": the complement names the group
    let after = info.unitEnd;
    if (["were", "are"].includes(t[after]?.lower ?? "")) {
      const comp = scanPhrase(t, after + 1, 4);
      if (comp.head && PERSON.has(comp.head.key)) { info.person = membersOf(t, comp.end)?.person ?? personOf(comp.head.key, comp.mods); info.noun = comp.head.key; after = comp.end; inheritEvent = true; }
    }
    if (pronoun) {
      inheritEvent = true;
      const comp = scanPhrase(t, k + 2, 4);
      // ("two of them were members of Hurras al-Din": the body they belong to says who they are)
      if (comp.head) { info.noun = comp.head.key; info.person = membersOf(t, comp.end)?.person ?? personOf(comp.head.key, comp.mods); info.unitEnd = comp.end; }
    }
  } else {
    const np = weaponModifier(t, scanPhrase(t, k, 6), q.value);
    if (np.head) { info.noun = np.head.key; info.person = personOf(np.head.key, np.mods); info.unitEnd = np.end; }
    // "four Su-30SM fighters", "two Turkish F-16 fighters": fighters named by an aircraft model are jets
    if (np.head && /^fighters?$/.test(t[np.end - 1]?.lower ?? "") && /^[A-Z][A-Za-z/]*-\d+[A-Za-z]*$/.test(t[np.end - 2]?.text ?? "")) { info.noun = "aircraft"; info.person = null; }
    // (not "1,300 wounded patients" treated: patients are counted as patients)
    // "killed 11 members of one family": members of a family are civilians
    if (np.head?.key === "person" && /^members?$/.test(t[np.end - 1]?.lower ?? "") && t[np.end]?.lower === "of") {
      const m = membersOf(t, np.end);
      if (m) { info.person = m.person; info.unitEnd = m.end; }
    }
    // "111 killings of civilians", "42 deaths of children": the people are counted by their deaths
    if (np.head && PERSON.has(np.head.key) && np.mods.includes("death") && t[np.head.i - 1]?.lower === "of") deathsOf = true;
    woundedMod = !!info.person && np.head?.key !== "injury" && np.mods.includes("injury") && t[np.end - 1]?.lower !== "patients";
    displacedMod = !!info.person && np.head?.key !== "displaced" && np.mods.includes("displaced");
    // ('80 "American terrorists" had been killed', "40 American occupiers": a state's troops that their enemy calls
    // terrorists, invaders or occupiers are its soldiers)
    if (info.person === "militant" && /^(?:terrorists?|invaders|occupiers)$/.test(t[np.end - 1]?.lower ?? "") && STATE_NATION.test(t[np.end - 2]?.lower ?? "")) info.person = "soldier";
    // "one civilian contractor": contractors are counted as people, whatever the word before them
    if (/^contractors?$/.test(t[np.end - 1]?.lower ?? "")) info.person = "person";
    // "we lost four men", "it had lost 41 soldiers": the speaker's own people
    if (info.person && t[q.qi - 1]?.lower === "lost" && /^(?:we|it|they|has|have|had)$/.test(t[q.qi - 2]?.lower ?? "")) info.owned = true;
  }
  // "put the number of Turkish soldiers killed at 41", "bringing the toll to 93"
  // "a pre-war population of 22 million", "a city of 300,000": a size given in passing, not a count of the event
  if (!info.noun && t[q.qi - 1]?.lower === "of" && SIZE_OF.has(bare(t[q.qi - 2]))) return info;
  // ("tallies in Afrin, which passed 1,500": a tally that passed a figure)
  if (!info.noun && ["at", "to", "reached", "was", "of", "from", "passed", "exceeded", "topped", "surpassed"].includes(t[q.qi - 1]?.lower ?? "")) {
    for (let b = q.qi - 2; b >= Math.max(0, q.qi - 16); b--) {
      const w = t[b].lower.replace(/'s$/, "");
      // ("the number of terrorists neutralised since 1 January 2021 has risen to 167": a date is no figure)
      if ((t[b].type === "num" && !DATE_PART.test(`${t[b - 1]?.text ?? ""} ${t[b].text} ${t[b + 1]?.text ?? ""}`)) || w === ";") break;
      if (w === "number" && t[b + 1]?.lower === "of" || w === "put" || w === "puts" || w === "putting") {
        let stop = b + (w === "number" ? 2 : 1);
        while (stop < q.qi - 1 && !(STOP.has(t[stop].lower) && t[stop].lower !== "and" && t[stop].lower !== "the" && stop > b + 2) && !(t[stop].type === "punct" && t[stop].text !== "'" && !QUOTE.has(t[stop].text))) stop++;
        const np = scanPhrase(t, b + (w === "number" ? 2 : 1), stop - b - (w === "number" ? 2 : 1), false);
        if (np.head) {
          info.noun = np.head.key; info.person = personOf(np.head.key, np.mods);
          info.unitStart = b; info.unitEnd = np.end;
          // "the number of fighters killed at", or "the number of "neutralised" fighters at"
          info.event = findEvent(t, np.head.end, q.qi, 1).ev ?? modifierEvent(t, b, np.head.i) ?? (np.head.key === "death" ? "kill" : null);
          const metric = decideMetric(info.noun, info.person, info.event);
          return { ...info, metric };
        }
      }
      // "Estimates of the dead range from 200 to 1,000": the phrase after "of" names what is counted
      if (["estimates", "estimate", "figures", "counts"].includes(w) && t[b + 1]?.lower === "of") {
        const np = scanPhrase(t, t[b + 2]?.lower === "the" ? b + 3 : b + 2, 4);
        if (np.head && (np.head.key === "death" || PERSON.has(np.head.key))) {
          info.noun = np.head.key; info.person = personOf(np.head.key, np.mods); info.unitStart = b; info.unitEnd = np.end;
          break;
        }
      }
      if (["toll", "count", "tally", "tallies", "figure", "estimate"].includes(w)) {
        if (w === "toll") {
          // "the civilian death toll", "the soldiers' toll": the word before names whose deaths
          const who = [t[b - 1], t[b - 2]].map((x) => (x ? nounAt(t, t.indexOf(x)) : null)).find((h) => h && PERSON.has(h.key));
          info.noun = "death"; info.person = who ? who.key : null;
          // "one of the wounded soldiers died in hospital, bringing the toll to 7": a toll brought up by deaths of one
          // kind is of that kind
          const KIND: Record<string, NounClass> = { soldiers_killed: "soldier", civilians_killed: "civilian", militants_killed: "militant" };
          if (!who && lastMetric && KIND[lastMetric] && /^(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)$/.test(t[b - 2]?.lower ?? "")) info.person = KIND[lastMetric];
        }
        else if (lastMetric) { info.metric = lastMetric; info.unitStart = b; info.unitEnd = b + 1; return info; }
        break;
      }
    }
  }
  // ('"not more than 115 killed and wounded"': casualties, not a toll)
  if (info.noun === "death" && /^(?:killed|dead)$/.test(t[info.unitEnd - 1]?.lower ?? "") && /^(?:and|or)$/.test(t[info.unitEnd]?.lower ?? "")
    && eventAt(t, info.unitEnd + 1)?.key === "injure") return { ...info, noun: "person", person: "person", event: "mixed", metric: "other" };
  if (info.noun === "death") info.event = "kill";
  if (!info.noun && !info.metric) {
    // elided noun: "more than 400 were injured", "and 18 on the next", "destroyed seven with"
    const nx = t[k];
    // ("Another 45 died before they could be operated on": a kill or wound verb right after)
    const harmAfter = /^(?:died|perished)$/.test(nx?.lower ?? "") || (/^(?:more|others)$/.test(nx?.lower ?? "") && /^(?:died|perished)$/.test(t[k + 1]?.lower ?? ""));
    // ("killed at least 74 people and wounded 171 overnight": a time word ends the clause as well)
    const elided = !nx || (nx.type === "punct" && ![")", ":", "|", "(", "/"].includes(nx.text)) || STOP.has(nx.lower) || AUX.has(nx.lower) || harmAfter
      || /^(?:overnight|yesterday|today|tonight|earlier|later|so|too|altogether|combined)$/.test(nx.lower);
    if (!elided) return info;
    // "one that", "a political one", "one of those sources": the word "one" counts only with its own noun
    // ("killed 3 civilians and injured one more", "killed one and wounded two": right after a verb of harm it counts a person)
    const harmed = /^(?:kill|injure)$/.test(eventAt(t, q.qi - 1)?.key ?? "") && eventAt(t, q.qi - 1)!.end === q.qi;
    if (t[q.i].lower === "a" || (t[q.i].lower === "one" && !(harmed && /^(?:more|other|and|[.,;])$/.test(nx?.lower ?? "")))) return info;
    // a name before the figure ("Rossiya 24") is a label, not an elided count
    if (q.qi > 0 && /^[A-Z]/.test(t[q.qi - 1].text) && t[q.qi - 1].type === "word" && t[q.qi - 1].lower !== "another") return info;
    if (q.kind === "percent" || q.kind === "fraction") {
      // "cut that to about 30 percent": a share keeps meaning ground only where ground changes hands
      const changes = t.some((x, n) => eventAt(t, n)?.key === "control") || ["to", "from"].includes(t[q.qi - 1]?.lower ?? "");
      if (lastMetric === "territory" && changes) info.metric = "territory";
      return info;
    }
    // "his fighters numbered about 1500": the size of the group named before, not what befell it
    const sized = SIZE_VERB.has(t[q.qi - 1]?.lower ?? "") ? namedBefore(t, q.qi) : null;
    if (sized) return { ...info, noun: sized.noun, person: sized.person, metric: decideMetric(sized.noun, sized.person, null) };
    // ("Syria's Christians numbered about 1.5 million before the war": a size, never the last toll's event)
    if (SIZE_VERB.has(t[q.qi - 1]?.lower ?? "")) return info;
    // "3 air raids on the market, killing 44": a kill or wound verb right before counts people
    const harm = eventAt(t, q.qi - 1);
    if (harm && (harm.key === "kill" || harm.key === "injure") && harm.end === q.qi && (!ante || (!ante.person && ante.noun !== "death"))) { info.noun = "person"; info.person = "person"; info.event = harm.key; }
    // ("32 dead, and more than 200 wounded. Two more died of their wounds later": the wounded who die are dead)
    else if (ante && harmAfter && ante.noun === "injury") { info.noun = "person"; info.person = "person"; info.event = "kill"; }
    else if (ante) { info.noun = ante.noun; info.person = ante.person; }
    else {
      const ev = findEvent(t, k, k + 4, 1).ev;
      // ("Of those facilities, 18 are now out of service": things are destroyed, people are not; no noun is guessed)
      if (!ev || ev === "destroy" || !AUX.has(nx?.lower ?? "")) return info;
      info.noun = "person"; info.person = "person";
    }
  }
  // "half of the 3 million people in Idlib had been displaced": the verb is the share's; the whole is a base
  let ofAt = t[q.qi - 1]?.lower === "the" ? q.qi - 2 : q.qi - 1;
  // ("a third of the city's roughly 70,000 residents had fled", "half of Idlib's 3 million people": the whole
  // can be named by its owner too)
  if (/['’]s$/.test(t[q.qi - 1]?.text ?? "") && t[q.qi - 1].type === "word") ofAt = t[q.qi - 2]?.lower === "the" ? q.qi - 3 : q.qi - 2;
  // so is the whole of a part counted before it ("16 of the 28 patients it treated had died"), unless a
  // participle names the whole's own event ("31 of the 39 people killed were civilians")
  const partOf = SHARE_WORD.has((t[ofAt - 1]?.lower ?? "").replace(/^.*-/, "")) || (t[ofAt - 1]?.type === "num" && t[q.qi - 1]?.lower === "the" && !/ed$/.test(t[info.unitEnd]?.lower ?? ""));
  if (info.person && t[ofAt]?.lower === "of" && partOf && !inheritEvent) return { ...info, event: null, metric: decideMetric(info.noun, info.person, null) };
  // ("18 of the 31 trucks in the convoy were destroyed": the 31 trucks are the convoy's size)
  if (!info.person && (info.noun === "vehicles" || info.noun === "aircraft") && t[ofAt]?.lower === "of" && partOf && !inheritEvent) return { ...info, event: null, metric: "other" };
  // "tents for 120,000": the people an aid figure serves, whatever happened to the people named before
  // ("a camp for 20,000 displaced people" names its own)
  if (t[q.qi - 1]?.lower === "for" && info.person && !inheritEvent && info.unitEnd === q.j) return { ...info, event: null, metric: decideMetric(info.noun, info.person, null) };
  if (deathsOf) info.event = "kill";
  info.event = info.event ?? nearestEvent(t, info.unitEnd, q.qi - 1);
  // "transferred 16 wounded people": with no verb saying otherwise, the modifier says what happened to them
  if (!info.event && woundedMod) info.event = "injure";
  // "1,400 newly displaced families", "300 displaced people": so does a displacement modifier
  if (!info.event && displacedMod) info.event = "displace";
  // "the martyrdom of 9 members of the Federal Police and the injury of 2 others", "claimed the lives of 11
  // people": an event named as a noun right before "of" is what befell them
  if (info.person && !inheritEvent && t[q.qi - 1]?.lower === "of") {
    const nominal = NOMINAL_EVENT[t[q.qi - 2]?.lower ?? ""];
    if (nominal) info.event = nominal;
  }
  // "recovered the bodies of 2,172 people": the people whose bodies are counted are dead
  if (info.person && t[q.qi - 1]?.lower === "of" && /^(?:bodies|remains|corpses)$/.test(t[q.qi - 2]?.lower ?? "")) info.event = "kill";
  // "had given a figure of 2,212 troops": a restated tally keeps the meaning of the last one
  if (!info.event && info.person && t[q.qi - 1]?.lower === "of" && FIGURE_OF.has(t[q.qi - 2]?.lower ?? "") && lastMetric?.endsWith("_killed")) info.event = "kill";
  // lists share their verb: "killed 553 people, most of them IS fighters but also 32 civilians"
  const listed = [",", "and", "also", "or", "including", "includes", "include", "plus"].includes(t[q.qi - 1]?.lower ?? "")
    // "..., along with more than 200 civilians", "as well as 40 civilians"
    || (t[q.qi - 1]?.lower === "with" && t[q.qi - 2]?.lower === "along") || (t[q.qi - 1]?.lower === "as" && t[q.qi - 2]?.lower === "well")
    // "12 people were killed, among them three children", "among them five militiamen": a toll's part is a toll
    // (fighters among evacuees are not evacuees)
    || (t[q.qi - 2]?.lower === "among" && ["them", "whom", "those", "these"].includes(t[q.qi - 1]?.lower ?? "")
      && (info.person === "civilian" || info.person === ante?.person || ante?.event === "kill" || ante?.event === "injure"));
  // ("1,190 killed, of whom it identifies 436 as civilians", "Of the 87, the administration counts 66 as fighters": a
  // toll's part classed "as" people of one kind died too)
  const classed = t[q.j]?.lower === "as" && !!info.person && (ante?.event === "kill" || ante?.noun === "death");
  if (!info.event && (inheritEvent || classed || info.unitEnd === q.j || (info.person && ante?.person && listed)) && ante) info.event = ante.event;
  // "counted 462 deaths: 241 soldiers and allied militiamen, 175 jihadists", "16 people had been killed: the seven
  // IRGC members", "the toll at 43, including 8 children", "the figure included 1,537 children": the parts of a toll died too
  if (!info.event && info.person && ante && (ante.event === "kill" || ante.noun === "death")) {
    const b = t[q.qi - 1]?.lower === "the" ? q.qi - 2 : q.qi - 1;
    if (listed || /^(?::|including|included|includes)$/.test(t[b]?.lower ?? "") || (t[b]?.lower === "them" && t[b - 1]?.lower === "among")) info.event = "kill";
  }
  // ("destroyed 11 Islamic State fighting positions, two bridges the group had used": a list shares its verb)
  if ((info.noun === "facility" || info.noun === "site") && !info.event) info.event = findEvent(t, q.qi - 1, 0, -1).ev ?? (listed && ante?.event === "destroy" ? "destroy" : null);
  info.metric = decideMetric(info.noun, info.person, info.event);
  refineMetric(t, q, info, lastMetric);
  // (people only, named by their own noun: "one of them" and "every one of them" stay uncounted; and missiles that
  // landed or struck: "only one of the six missiles had landed in Deir ez-Zor")
  const oneMissile = info.metric === "missiles" && !/^(?:them|those|these|whom)$/.test(t[k + 1]?.lower ?? "") && projectileVerbAfter(t, info.unitEnd);
  if (oneOf && !oneMissile && (!info.person || !/_killed$|^people_injured$/.test(info.metric ?? "") || /^(?:them|those|these|whom)$/.test(t[k + 1]?.lower ?? "")
    || /^(?:every|each|but|not|no)$/.test(t[q.qi - 1]?.lower ?? ""))) info.metric = null;
  return info;
}
