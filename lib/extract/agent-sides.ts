// The explicit actor phrases of a sentence: "coalition strikes", "militants fired", "Russian and Syrian
// aircraft", "strikes by the US-led coalition", "our forces" in a state's mouth. Split from actor.ts.
import type { Side } from "./types";
import type { Token } from "./tokens";
import { bare } from "./tokens";
import { findEntities } from "./gazetteer";
import { AGENT, OPERATIONS, OWN, PLACE_STATE, STANDALONE, STATE, sideWord } from "./actor-words";
import { attackTarget } from "./actor-clues";

/** "militants in the enclave had fired": the subject's verb after a short place phrase */
function verbPastPlace(t: Token[], a: number): boolean {
  if (!/^(?:in|inside|near|around)$/.test(t[a + 1]?.lower ?? "")) return false;
  for (let k = a + 2; k <= a + 5 && k < t.length; k++) {
    // ("an attack by militants near Kafr Nabudah and killed 27": a verb after "and" is another subject's)
    if (t[k].type !== "word" || /^(?:and|or|but|who|which|that)$/.test(t[k].lower)) return false;
    if (VERBISH.test(t[k].lower) && !SPEAKS.test(t[k].lower)) return k > a + 2;
  }
  return false;
}
const CLAUSE_OPEN = new Set(["", "that", ",", "said", "says", "and", "but", "while", "when", "after", "as"]);
const SPEAKS = /^(?:said|says|say|told|reported|claimed|added|announced|stated|acknowledged|admitted|denied|conceded|confirmed)$/;
// (headlines speak in the present: "Iran launches 300 drones", "Turkey strikes")
const VERBISH = /^(?:\w+ed|has|have|had|holds|controls|says|struck|hit|took|flew|shot|carried|fired|launched|seized|overran|fought|bombed|made|dropped|launches|fires|kills|pounds|downs)$/;
export const NON_COMBATANT: ReadonlySet<Side> = new Set(["monitor", "un", "media"]);
const HARM = /^(?:killed|wounded|injured|destroyed|hit|struck|targeted|shelled|bombed|shot|downed|fired|launched|carried)$/;
function passiveBy(t: Token[], a: number): boolean {
  return t[a - 1]?.lower === "by" && HARM.test(t[a - 2]?.lower ?? "");
}

// most words name no one: the few that can are listed once per sentence, not once per figure
const CANDIDATES = new WeakMap<Token[], number[]>();
// "Terrorists fired six rockets": in a state's own account its enemies are "terrorists"
const SUBJECT_ONLY = new Set(["nusra", "al-nusra", "hts", "al-sham"]);
const ENEMY_WORD = new Set(["terrorists", "terrorist", "jihadists", "insurgents", "gunmen"]);
const CANDIDATE_WORD = new Set([...Object.keys(STANDALONE), ...AGENT, ...ENEMY_WORD, "militants", "group", "states", "state"]);
function agentCandidates(t: Token[]): number[] {
  let c = CANDIDATES.get(t);
  if (!c) {
    c = [];
    for (let a = 0; a < t.length; a++) if (CANDIDATE_WORD.has(bare(t[a]))) c.push(a);
    CANDIDATES.set(t, c);
  }
  return c;
}

// gazetteer names of the sentence, read once per token list
const NAMES = new WeakMap<Token[], Array<{ i: number; end: number; side: Side }>>();
const OBJECT_OF = /^(?:of|from|against|on|with|among|in|to|into|at)$/;
/**
 * A side word inside a known name acts for that name: "the Syrian Democratic Forces killed" is the
 * SDF, not Syria's army. A name that is the object of a preposition ("fighters from the Syrian
 * National Army", "clashes with the Free Syrian Army") is not the actor at all: undefined.
 */
function asNamed(t: Token[], a: number, side: Side): Side | undefined {
  let names = NAMES.get(t);
  if (!names) { names = findEntities(t).map((m) => ({ i: m.i, end: m.end, side: m.entry.side })); NAMES.set(t, names); }
  const n = names.find((x) => a >= x.i && a < x.end);
  if (!n || n.side === side || NON_COMBATANT.has(n.side)) return side;
  let b = n.i - 1;
  while (b >= 0 && b >= n.i - 3 && t[b].type === "word" && !OBJECT_OF.test(t[b].lower) && /^(?:the|[a-z]+-backed|[A-Z][a-z]+-backed|allied|pro-[a-z]+)$/i.test(t[b].text)) b--;
  return OBJECT_OF.test(t[b]?.lower ?? "") ? undefined : n.side;
}

/** Explicit actor phrases in tokens outside [skipFrom, skipTo). */
export function agentSides(t: Token[], claimantSide: Side, skipFrom: number, skipTo: number,
  victims: Array<[number, number]> = [], gov: Side = "syria_gov", generic: Side = "rebels", speaker?: [number, number]): Side[] {
  const sides = new Set<Side>();
  let at = -1;
  const add = (side: Side) => { const named = asNamed(t, at, side); if (named) sides.add(named); };
  for (const a of agentCandidates(t)) {
    at = a;
    if (a >= skipFrom && a < skipTo) continue;
    // ("The Syrian Democratic Forces, your military, said that six of its members were killed by Turkish drones":
    // the speaker's own name is no actor of what it reports)
    if (speaker && a >= speaker[0] && a < speaker[1]) continue;
    // ("a ceasefire between the government and the PKK collapsed", "clashes between army and PKK fighters": the two
    // parties of a pair are neither of them the doer of what follows)
    if (betweenPair(t, a)) continue;
    const w = bare(t[a]);
    // ("launched by Iran-backed militants": a side word before "militants" says whose they are)
    let alone: Side | undefined = w === "militants" ? proxyOf(t[a - 1], claimantSide) ?? sideWord(t[a - 1], gov) ?? generic : ENEMY_WORD.has(w) ? (claimantSide === "turkey" ? "other" : generic) : STANDALONE[w];
    // "the United States carried out": the two-word name acts on its own too
    if (w === "states") alone = bare(t[a - 1]) === "united" ? "us_coalition" : undefined;
    // ("The Islamic State group killed 187 civilians": the group's name with its kind)
    if (w === "group" && bare(t[a - 1]) === "state" && bare(t[a - 2]) === "islamic") alone = "isis";
    // ("and that Islamic State had killed another 13": the group's two-word name as a subject)
    if (w === "state") alone = bare(t[a - 1]) === "islamic" && t[a].text === "State" ? "isis" : undefined;
    // (a name only as the subject of its verb: "an attack by Nusra Front militants" was repelled, not made on anyone)
    if (SUBJECT_ONLY.has(w) && !VERBISH.test(t[a + 1]?.lower ?? "")) alone = undefined;
    // 'said "terrorist groups" had shelled': the group word and a closing quote stand between the name and its verb
    let h = a;
    if (ENEMY_WORD.has(w) && /^(?:groups?|organi[sz]ations?|factions?|cells?)$/.test(t[h + 1]?.lower ?? "")) h++;
    if (h > a && /^["”’]$/.test(t[h + 1]?.text ?? "")) h++;
    if (h > a && alone && VERBISH.test(t[h + 1]?.lower ?? "") && !SPEAKS.test(t[h + 1]?.lower ?? "")) { add(alone); continue; }
    // "the group now controls", "the group, which has overrun": the armed group the article is about
    if (w === "group" && t[a - 1]?.lower === "the") {
      alone = generic;
      if (t[a + 1]?.text === "," && t[a + 2]?.lower === "which" && VERBISH.test(t[a + 3]?.lower ?? "") && !SPEAKS.test(t[a + 4]?.lower ?? "")) { add(generic); continue; }
      if (/^(?:now|still|also|already)$/.test(t[a + 1]?.lower ?? "") && VERBISH.test(t[a + 2]?.lower ?? "") && !SPEAKS.test(t[a + 2]?.lower ?? "")) { add(generic); continue; }
    }
    // "Syria", "Iraq" are as often the place as the state: the state only as a clause's subject
    // ("said Syria had fired", not "north-western Syria has now neutralised")
    if (alone && PLACE_STATE.has(w) && !CLAUSE_OPEN.has(t[a - 1]?.lower ?? "")) alone = undefined;
    // ("neutralised in Iraq and Syria has reached": the second of two places after a preposition)
    if (alone && PLACE_STATE.has(w) && /^(?:and|or)$/.test(t[a - 1]?.lower ?? "") && /^[A-Z]/.test(t[a - 2]?.text ?? "") && /^(?:in|across|over|into|from|to|of|on|inside)$/.test(t[a - 3]?.lower ?? "")) alone = undefined;
    // "The coalition says the SDF have taken": the speaker, not who did it
    if (alone && SPEAKS.test(t[a + 1]?.lower ?? "")) alone = undefined;
    // "the group had lost 11,000 fighters": losing is no deed
    // ("the Islamic State had now lost 87 percent of the territory")
    let l = a + 1;
    while (/^(?:had|has|have|now|also|already|since)$/.test(t[l]?.lower ?? "") && l < a + 4) l++;
    if (alone && t[l]?.lower === "lost") alone = undefined;
    // "453 PKK/PYD militants had been neutralised": the counted victims, not the actor
    const counted = victims.some(([i, e]) => a >= i && a < e) || (!!alone && [1, 2, 3, 4].some((d) => t[a - d]?.type === "num"));
    if (alone && !counted && !(bare(t[a]) === "is" && t[a].text !== "IS") && !/^(?:against|on|of|at|from|to|into|with|in)$/.test(t[a - 1]?.lower ?? "")
      && (VERBISH.test(t[a + 1]?.lower ?? "") || (t[a + 1]?.lower === "on" && VERBISH.test(t[a + 3]?.lower ?? "")) || verbPastPlace(t, a)
        // "ISIS ambush on army bus kills 23": the group names its own attack
        || (/^(?:ambush|attack|attacks|raid|raids|offensive|assault|bombing|bombings)$/.test(t[a + 1]?.lower ?? "") && !sinceOf(t, a))
        // passive agent of a harm: "were killed by IS", "destroyed by the regime" (not "held by Daesh")
        || passiveBy(t, t[a - 1]?.lower === "the" ? a - 1 : a)
        // "Air strikes by the US-led coalition on a village": the doer of the attack the noun names
        || strikesBy(t, a, gov)
        // "accuse Turkey of killing 43 civilians", "blamed the regime for shelling"
        || (/^(?:of|for)$/.test(t[a + 1]?.lower ?? "") && /^(?:killing|shelling|bombing|targeting|attacking|striking|wounding)$/.test(t[a + 2]?.lower ?? "")))) { add(alone); continue; }
    if (!AGENT.has(bare(t[a]))) continue;
    // ("drawn from the army's announcements": a force that owns what is named after it does nothing here)
    if (/['’]s$/.test(t[a].text) && t[a + 1]?.type === "word" && !AGENT.has(bare(t[a + 1])) && /^(?:announcements?|statements?|figures?|count|tally|account|spokes(?:man|woman|person)|website|channel|media|estimate)$/.test(t[a + 1].lower)) continue;
    // ("Iraqi groups", "allied Syrian rebel factions" are no state's or side's forces by their word alone)
    // ("Armed opposition factions killed 64 civilians": an opposition or rebel word before them is a side)
    if (/^(?:groups|factions)$/.test(bare(t[a])) && !/-(?:backed|aligned|allied)$/i.test(t[a - 1]?.text ?? "") && !/^(?:opposition|rebel)$/.test(t[a - 1]?.lower ?? "")) continue;
    // "reached Syrian air base": a place named after the air arm, not the air arm acting
    if (bare(t[a]) === "air" && /^(?:base|bases|field|fields|port|space)$/.test(t[a + 1]?.lower ?? "")) continue;
    // "since Operation Olive Branch began": a named operation is its side's
    const op = bare(t[a]) === "operation" ? OPERATIONS[`${bare(t[a + 1])} ${bare(t[a + 2])}`] ?? OPERATIONS[bare(t[a + 1])] : undefined;
    if (op) { add(op); continue; }
    // "the Syrian Democratic Forces said": the speaker, not who did it
    if (/^(?:said|says|say|told|reported|claimed|added|announced|stated)$/.test(t[a + 1]?.lower ?? "")) continue;
    // "a Syrian military source", "an army spokesman": a speaker named after the body
    if (/^(?:source|sources|spokesman|spokeswoman|spokesperson|official|officials|statement)$/.test(t[a + 1]?.lower ?? "")) continue;
    // a counted phrase ("135 tanks", "2,557 Syrian government troops") is not the actor
    if (counted) continue;
    // ("has counted 31 Israeli attacks, in which 140 targets were destroyed", "14 Turkish drone strikes had killed 23
    // fighters": counted attacks still name who made them, unlike counted troops or tanks)
    if (!attacking(t, a + 1) && !COUNTED_ATTACK.has(bare(t[a])) && [1, 2, 3].some((d) => t[a - d]?.type === "num" || (t[a - d]?.lower === "of" && t[a - d - 1]?.lower === "number"))) continue;
    // "US forces had been attacked 55 times", "fired at US and coalition forces": the target, not the doer
    let np = a;
    while (np > 0 && (sideWord(t[np - 1], gov) || /^(?:the|a|an|and|or|its|their|our|army|coalition|allied)$/.test(t[np - 1].lower))) np--;
    if (attackTarget(t, np, a + 1)) continue;
    // "since the start of the SDF's offensive", "since Turkey's operation began": an offensive that dates a figure is no doer of it
    if (/^(?:offensive|operation|campaign)$/.test(bare(t[a])) && sinceOf(t, np)) continue;
    // "a village held by Islamic State fighters": who holds the place, not who struck it
    let by = np;
    while (by > 0 && /^(?:islamic|state|the)$/.test(t[by - 1].lower)) by--;
    if (t[by - 1]?.lower === "by" && /^(?:held|controlled|run|occupied|besieged|surrounded)$/.test(t[by - 2]?.lower ?? "")) continue;
    // "strikes in support of our forces", "aid to government forces": forces a deed is for are not its doer
    if (/^(?:of|for|to|alongside)$/.test(t[np - 1]?.lower ?? "") && /^(?:support|aid|help|assistance|backing|cover|protection)$/.test(t[np - 2]?.lower ?? "")) continue;
    // ("Our armed forces, with the support of the Syrian and Russian air forces, repelled": the support is not the doer
    // the sentence names as its subject)
    if (supportOf(t, a)) continue;
    // "army units": the government's, unless a nationality precedes ("Turkish army units")
    let army = false;
    let named = false;
    for (let b = a - 1; b >= Math.max(0, a - 3); b--) {
      if (t[b].type === "punct" && t[b].text !== "-") break;
      if (b >= skipFrom && b < skipTo) break;
      if (bare(t[b]) === "army") { army = true; continue; }
      named = true;
      // "our forces" are the speaker's whoever speaks (an armed group too); "its", "their" only a state's
      if (OWN.has(t[b].lower)) { if (STATE.has(claimantSide) || (t[b].lower === "our" && !NO_FORCES.has(claimantSide))) add(claimantSide); break; }
      // "Islamic State shelling": the group's two-word name ("state forces" alone are no one's in particular)
      if (bare(t[b]) === "state" && bare(t[b - 1]) === "islamic") { add("isis"); break; }
      // "A United States air strike", "United States forces"
      if (bare(t[b]) === "states" && bare(t[b - 1]) === "united") { add("us_coalition"); break; }
      // ("Iran's air defences shot down", "Syria's army"): a state's name in the possessive owns the force
      // (not after a preposition: "facilities belonging to Iran's Quds Force" were hit, they hit nothing)
      const owner = /['’]s$/.test(t[b].text) && /^[A-Z]/.test(t[b].text) && !OBJECT_OF.test(t[b - 1]?.lower ?? "") ? STANDALONE[bare(t[b])] ?? null : null;
      const s = proxyOf(t[b], claimantSide) ?? sideWord(t[b], gov) ?? owner;
      if (s) {
        add(s);
        // "Syrian government and Russian forces", "Russian and Syrian aircraft": both sides act, a mix
        let c = b;
        while (c >= 0 && sideWord(t[c], gov)) c--;
        if (["and", "or"].includes(t[c]?.lower ?? "")) { const o = sideWord(t[c - 1], gov); if (o) add(o); }
        break;
      }
      named = false;
    }
    if (army && !named) add(gov);
    // "the army regained control": a bare "army" is the government's
    else if (bare(t[a]) === "army" && !named && ["the", "syrian", "government"].includes(t[a - 1]?.lower ?? "") && !sides.size) add(gov);
  }
  return [...sides];
}

/** The word at a is in the phrase after "with the support of" or "with the help of". */
function supportOf(t: Token[], a: number): boolean {
  for (let b = a - 1; b >= 3 && b >= a - 7; b--) {
    if (t[b].type !== "word") return false;
    if (t[b].lower === "of") return /^(?:support|help|backing|cover)$/.test(t[b - 1].lower) && t[b - 2].lower === "the" && t[b - 3].lower === "with";
  }
  return false;
}

/** The word at a is in the pair of a "between X and Y" phrase. */
function betweenPair(t: Token[], a: number): boolean {
  for (let b = a - 1; b >= 0 && b >= a - 7; b--) {
    if (t[b].type === "punct" || t[b].type === "num") return false;
    if (t[b].lower === "between") return true;
  }
  return false;
}

/** The phrase starting at np dates something: "since (the start of) the SDF's ...", "at the beginning of Russia's ..." */
function sinceOf(t: Token[], np: number): boolean {
  let b = np - 1;
  while (b >= 0 && b >= np - 3 && (/['’]s$/.test(t[b].text) || /^(?:the|a|an)$/.test(t[b].lower) || /^[A-Z]/.test(t[b].text))) b--;
  if (t[b]?.lower === "since") return true;
  return t[b]?.lower === "of" && /^(?:start|beginning|launch|end|outset|eve|first|days|weeks|months)$/.test(t[b - 1]?.lower ?? "");
}

/** "strikes by the US-led coalition", "shelling by regime forces": the name after "by" does the attack */
function strikesBy(t: Token[], a: number, gov: Side): boolean {
  let b = a - 1;
  while (b > 0 && b > a - 4 && (t[b].lower === "the" || sideWord(t[b], gov))) b--;
  return t[b]?.lower === "by" && /^(?:strikes|airstrikes|raids|attacks|attack|shelling|bombing|bombardment|strike)$/.test(t[b - 1]?.lower ?? "");
}

/**
 * "Iranian-backed fighters" in Iran's own account are its forces; in anyone else's they are a side of their own (other).
 * "Turkish-backed factions" are Turkey's in a Turkish account and the Syrian rebels they are in anyone else's.
 */
function proxyOf(tok: Token | undefined, claimant: Side): Side | null {
  if (/^turk(?:ish|ey)-(?:backed|aligned|allied)$/i.test(tok?.text ?? "")) return claimant === "turkey" ? "turkey" : "rebels";
  return claimant === "iran" && /^iran(?:ian)?-(?:backed|aligned|allied)$/i.test(tok?.text ?? "") ? "iran" : null;
}

const COUNTED_ATTACK = new Set(["strikes", "airstrikes", "raids", "attacks", "bombings", "barrages"]);

// speakers with no forces of their own: "our" in their mouth is not an army
const NO_FORCES: ReadonlySet<Side> = new Set(["monitor", "un", "media"]);

const ATTACK = /^(?:fired|attacked|struck|launched|dropped|bombed|hit|carried|targeted|raided|flew)$/;

/** "28 Israeli jets fired about 60 missiles": counted aircraft doing the attacking, not hit. */
export function attacking(t: Token[], unitEnd: number): boolean {
  let k = unitEnd;
  while (["had", "have", "has", "also", "then"].includes(t[k]?.lower ?? "")) k++;
  return ATTACK.test(t[k]?.lower ?? "");
}
