// Who performed the counted action: "coalition strikes killed 27 civilians" -> us_coalition.
import type { Metric, Side } from "./types";
import type { Token } from "./tokens";
import { bare } from "./tokens";
import placesData from "./data/places.json";
import { findEntities } from "./gazetteer";
import { PLACE_STATE, STANDALONE, STATE, sideWord } from "./actor-words";
import { clauseEnd, clauseStart, deedBefore, diedAfter, lostBy, speakerActs } from "./actor-clues";
import { agentSides, attacking, NON_COMBATANT } from "./agent-sides";

export { agentSides, attacking };

const SELF_ACTION: ReadonlySet<Metric> = new Set(["sorties", "strikes", "missiles", "targets_hit"]);
// kills and destructions a state reports are its own unless the text names someone else
const SELF_REPORTED: ReadonlySet<Metric> = new Set(["militants_killed", "soldiers_killed", "targets_hit", "vehicles_destroyed", "aircraft"]);
const NO_ACTOR: ReadonlySet<Metric> = new Set(["people_displaced", "people_trapped", "other"]);

/** Whom bare "militants" means: IS in an article about IS, else the rebels. */
export function militantSide(text: string): Side {
  const is = text.match(/\b(?:IS|ISIS|ISIL|Islamic State|Daesh)\b/g)?.length ?? 0;
  const rebels = text.match(/\b(?:rebels?|opposition|Nusra|Free Syrian Army|insurgents?)\b/gi)?.length ?? 0;
  return is > 2 * rebels ? "isis" : "rebels";
}

/** Which government "government forces" means: Iraq's in an article about Iraq, else Syria's. */
export function governmentSide(text: string): Side {
  const iraq = text.match(/\b(?:Iraq|Iraqi|Baghdad|Mosul|Fallujah|Anbar)\b/g)?.length ?? 0;
  const syria = text.match(/\b(?:Syria|Syrian|Damascus|Assad)\b/g)?.length ?? 0;
  if (iraq !== syria) return iraq > syria ? "iraq_gov" : "syria_gov";
  // (a hearing on Hawija names each country once: the towns it keeps naming, Hawija and Kirkuk, say which)
  const towns = (re: RegExp) => text.match(re)?.length ?? 0;
  return towns(IRAQI_PLACE) > towns(SYRIAN_PLACE) ? "iraq_gov" : "syria_gov";
}

const placeRe = (names: string[]) => new RegExp(`\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})\\b`, "g");
const IRAQI_PLACE = placeRe(placesData.iraq);
const SYRIAN_PLACE = placeRe(placesData.syria);

export function victimSide(t: Token[], from: number, to: number, gov: Side): Side | null {
  for (let k = from; k < to; k++) {
    // ("the number of civilians killed by Russian strikes had risen to 526": who killed them is no victim)
    if (t[k].lower === "by") break;
    const s = sideWord(t[k], gov); if (s) return s; if (bare(t[k]) === "syrian") return "syria_gov";
  }
  return null;
}

export const KILLED: ReadonlySet<Metric> = new Set(["soldiers_killed", "militants_killed", "people_killed", "civilians_killed", "people_injured"]);

/** The single side other than the victims' and the speaker's that a sentence names, else null. */
function opponent(t: Token[], from: number, to: number, victim: Side, claimant: Side, gov: Side, victims: Array<[number, number]> = []): Side | null {
  const sides = new Set<Side>();
  // "the Syrian Observatory", "the Syrian Network for Human Rights": a monitor's or agency's name acts for no side
  const named = findEntities(t).filter((m) => NON_COMBATANT.has(m.entry.side));
  for (let k = 0; k < t.length; k++) {
    if (k >= from && k < to) continue;
    // ("One US contractor was killed and ... two Iraqi personnel were wounded": other victims are no opponent)
    if (victims.some(([i, e]) => k >= i && k < e)) continue;
    if (named.some((m) => k >= m.i && k < m.end)) continue;
    // "rebel fighters allied to Turkey", "militias backed by Iran": the victims' friends, not their enemy
    if (/^(?:allied|loyal|close|backed|supported|sponsored|aligned)$/.test(t[k - 2]?.lower ?? "") && /^(?:to|by|with)$/.test(t[k - 1]?.lower ?? "")) continue;
    // ("41 servicemen killed in Syria", "a strike near Damascus": a country or capital after a preposition is a place)
    if (PLACE_STATE.has(bare(t[k])) && /^(?:in|near|at|across|over|from|to|into|inside|around|outside)$/.test(t[k - 1]?.lower ?? "")) continue;
    const s = sideWord(t[k], gov) ?? (t[k].text !== "IS" && bare(t[k]) === "is" ? null : STANDALONE[bare(t[k])] ?? null);
    if (s && s !== victim && s !== claimant) sides.add(s);
  }
  return sides.size === 1 ? [...sides][0] : null;
}

const INCOMING = new Set(["intercepted", "intercept", "intercepting", "downed", "interceptions"]);

/**
 * "a roadside bomb killed two soldiers, the security media cell said", "the martyrdom of 9 members of the Federal
 * Police": soldiers of no named side whose deaths a state reports are its own (it counts enemies it killed as
 * "terrorists", or "neutralised" soldiers of a side it names)
 */
function ownDead(t: Token[]): boolean {
  return t.some((k) => /^(?:killed|kills|kill|dead|died|martyred|martyrdom|deaths)$/.test(k.lower)) && !t.some((k) => /^(?:neutrali[sz]ed|eliminated|liquidated)$/.test(k.lower));
}

export interface ActorInput {
  metric: Metric; t: Token[]; unitStart: number; unitEnd: number; figure: number; claimantSide: Side;
  carried: Side | null; // explicit actor of the previous sentence(s)
  victims: Array<[number, number]>; // token spans of counted victims in the sentence
  gov: Side; // whose "government forces" the article means
  militants?: Side; // whom bare "militants" means
  owned?: boolean; // "14 of its men": the speaker's own people
  speaker?: [number, number]; // token span of the speaker's phrase, when a verb of saying names one
}

export function actorSide(x: ActorInput): { side: Side | null; explicit: Side | null; victim?: Side | null } {
  if (x.metric === "other") {
    // a count of other things has an actor only as the object of a deed the sentence names a doer of:
    // "US aircraft have dropped 2,500 bombs" (not "500 fighters moved on", "1,400 personnel are deployed")
    if (!deedBefore(x.t, x.figure)) return { side: null, explicit: null };
    const found = agentSides(x.t, x.claimantSide, x.figure, x.unitEnd, x.victims, x.gov, x.militants);
    // ("we detained 23 people", an armed group speaking, as well as a state)
    const side = found.length === 1 ? found[0] : speakerActs(x.t, x.figure) && !NON_COMBATANT.has(x.claimantSide) ? x.claimantSide : null;
    return { side, explicit: null };
  }
  if (NO_ACTOR.has(x.metric)) return { side: null, explicit: null };
  // attacking aircraft act for the side their phrase names ("28 Israeli jets fired")
  if (x.metric === "aircraft" && attacking(x.t, x.unitEnd)) {
    const s = victimSide(x.t, x.figure, x.unitEnd, x.gov);
    if (s) return { side: s, explicit: s };
  }
  // aircraft that remain, are based or assigned somewhere, or sail on board, are an inventory: nobody acted
  if (x.metric === "aircraft" && x.t.some((k) => /^(?:remain|remains|assigned|based|stationed|board)$/.test(k.lower))) return { side: null, explicit: null };
  // "The SDF said they had killed 45 ISIS fighters": the speaker acted
  const spoke = speakerActs(x.t, x.figure);
  if (spoke && !["media", "monitor", "un"].includes(x.claimantSide)) return { side: x.claimantSide, explicit: x.claimantSide };
  const self = SELF_ACTION.has(x.metric);
  const inUnit = self ? agentSides(x.t.slice(x.figure + 1, x.unitEnd), x.claimantSide, -1, -1, [], x.gov, x.militants) : [];
  // ("..., and Washington's own counts of deaths from coalition strikes": a later clause's attacker is its own)
  const clause = clauseEnd(x.t, Math.max(x.figure, x.unitEnd));
  const around = agentSides(clause < x.t.length ? x.t.slice(0, clause) : x.t, x.claimantSide, self ? -1 : x.figure, self ? -1 : x.unitEnd, x.victims, x.gov, x.militants, x.speaker);
  // ("It said Russian warplanes carried out eight raids, and that government forces fired more than 30 rockets": a
  // clause after ", and (that)" with a doer of its own is that doer's, whoever acts in the clause before)
  const open = clauseStart(x.t, Math.min(x.figure, x.unitStart));
  const inClause = open > 0 && around.length > 1 ? agentSides(x.t.slice(open, clause), x.claimantSide, -1, -1, [], x.gov, x.militants) : [];
  const found = inUnit.length === 1 ? inUnit : inClause.length === 1 ? inClause : around;
  const explicit = found.length === 1 ? found[0] : null;
  if (found.length > 1) return { side: null, explicit: null };
  // the counted phrase may stand before its figure: "the number of Turkish soldiers killed at 41"
  // soldiers a state counts without naming whose are its own: "lost 14 of its men", "two of our medics"
  const victim = self ? null : victimSide(x.t, Math.min(x.figure, x.unitStart), Math.max(x.figure, x.unitEnd), x.gov)
    ?? lostBy(x.t, x.figure, x.claimantSide, x.gov)
    ?? ((x.owned || (x.metric === "soldiers_killed" && (diedAfter(x.t, x.unitEnd) || ownDead(x.t)))) && STATE.has(x.claimantSide) ? x.claimantSide : null);
  // missiles a state says were intercepted or shot down came at it: they are not its own deed
  const incoming = x.metric === "missiles" && x.t.some((k) => INCOMING.has(k.lower));
  // "Iran-backed groups have attacked our forces 78 times", "10 rockets were fired at US and coalition forces":
  // attacks a state counts on its own forces are not its own deed
  const atOwn = self && x.t.some((k, n) => n > x.figure - 8 && /^(?:at|on|against|attacked|targeted)$/.test(k.lower)
    && [1, 2].some((o) => (o === 1 || x.t[n + 1]?.lower === "the") && (x.t[n + o]?.lower === "our" || sideWord(x.t[n + o], x.gov) === x.claimantSide)))
    // ("Residential quarters of the city were shelled 19 times": a passive attack with no doer is no one's own)
    || (self && /^(?:shelled|struck|hit|attacked|targeted|bombed)$/.test(x.t[x.figure - 1]?.lower ?? "") && /^(?:were|was|been)$/.test(x.t[x.figure - 2]?.lower ?? "") && !x.t.some((k) => k.lower === "by"))
    // ("US and Coalition forces have been attacked at least 66 times")
    || (self && x.t.some((k, n) => /^(?:attacked|targeted)$/.test(k.lower) && /^(?:been|were|was)$/.test(x.t[n - 1]?.lower ?? "")
      && x.t.slice(Math.max(0, n - 10), n).some((w) => sideWord(w, x.gov) === x.claimantSide)));
  // ("They have launched more than 100 attacks ..., according to the U.S. Maritime Administration": a subject other
  // than the source named after the figure did it)
  const otherSubject = /^(?:they|it|he|she)$/.test(x.t[0]?.lower ?? "") && !!x.speaker && x.speaker[0] > x.figure;
  const own = (self || SELF_REPORTED.has(x.metric)) && STATE.has(x.claimantSide) && !incoming && !atOwn && !otherSubject ? x.claimantSide : null;
  // ("1,600 IS fighters and 750 SDF fighters had died in the fighting": both sides fight, so the attacker of the
  // sentence before does not carry on to a toll of the fighting)
  const fighting = KILLED.has(x.metric) && x.t.some((k) => /^(?:fighting|clashes)$/.test(k.lower));
  let side = explicit ?? (fighting ? null : x.carried) ?? own;
  if (side && victim && side === victim) side = own && own !== victim ? own : null;
  if (side && victim && side === victim) side = null;
  // "28 of its own fighters had died": a side's own dead are never its deed, whatever went before
  if (x.owned && side === x.claimantSide && !explicit && (!victim || victim === x.claimantSide)) side = null;
  // "Turkish soldiers killed in clashes with Kurdish fighters": the one other side the sentence names
  // ("The SDF said it had lost 22 of its own fighters", "the group had lost 11,000 fighters in the war against IS":
  // a side's own losses, counted as losses, name no one who inflicted them)
  const loss = !self && (x.owned || (x.t[x.figure - 1]?.lower === "lost" || x.t[x.figure - 2]?.lower === "lost"));
  if (!side && victim && KILLED.has(x.metric) && !loss) side = opponent(x.t, Math.min(x.figure, x.unitStart), Math.max(x.figure, x.unitEnd), victim, x.claimantSide, x.gov, x.victims);
  return { side, explicit, victim };
}
