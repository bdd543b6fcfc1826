// Resolving a speaker phrase ("the ministry", "he", "Turkey's defence minister, Hulusi Akar",
// "Russian officers") to a normalised claimant with a side, using the gazetteer and what the
// article has named so far.
import type { GazetteerEntry, Side } from "./types";
import type { Token } from "./tokens";
import { bare } from "./tokens";
import { findEntities } from "./gazetteer";
import { statesInPlay } from "./states-in-play";
import { learnAcronyms, MONITOR_NAME } from "./acronyms";
import { speakerName } from "./speaker-name";
import { claimantOf, resolveDescription } from "./speaker-description";
import { STATE } from "./actor-words";
import { ORG_WORD, ORG_TAIL, NATIONALITY, STRONG, PLACE_SIDE, UNNAMED, GENERIC_ENTRY, UNNAMED_PLURAL, ROLE, PERSON_ROLE, STATE_FORCE, NOT_OFFICIAL, PRONOUNS, envoyTo, localBodySide, localOfficialSide } from "./speaker-words";

export { ROLE, statesInPlay };

export interface Claimant {
  name: string; side: Side; person: boolean; entry?: GazetteerEntry;
  /** the last word of the name the text used: "ministry" for "the Syrian defence ministry", filed under the army */
  called?: string;
}

// what the text calls a monitor it does not name as one: "the Yazidi rights group Nadia Initiative"
const MONITOR_DESCRIPTOR = /\b(?:rights (?:group|organi[sz]ation|body|monitor)|monitoring group|watchdog)\b/;

const GOV_BODY = /^(?:administration|authorities|government|officials|ministry|forces|military|army|presidency|office|council|commanders|police)$/;
const PLACE_PREP = /^(?:in|into|inside|across|near|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|central)$/;

export class Discourse {
  private mentions: Claimant[] = [];
  outletName: string;
  country: string | null = null;
  /** the state whose "Ministry of Defence" an unqualified mention means */
  state: string | null = null;
  /** the government whose forces the article's "government forces" and "the army" are */
  gov: Side | null = null;
  /** an article about the Kurdistan Region of Iraq, whose unnamed local officials are of no side */
  kurdish = false;
  /** organisations the gazetteer does not know, by the acronym the text defined for them */
  acronyms = new Map<string, Claimant>();
  /** the rescue service the article names, whose people unnamed "rescuers" are */
  rescue: Claimant | null = null;
  constructor(outlet: string | null | undefined) { this.outletName = outlet || "media"; }
  /** Learns "Sham Medical Relief Alliance (SMRA)": an unknown body's name and its acronym. */
  learnAcronyms(text: string): void { learnAcronyms(text, this.acronyms); }
  media(): Claimant { return { name: this.outletName, side: "media", person: false }; }
  note(c: Claimant): void { this.mentions.push(c); if (this.mentions.length > 60) this.mentions.shift(); }
  /** the body that opened the sentence before, and the one that opens this sentence */
  private lastSubject: Claimant | null = null;
  private subject: Claimant | null = null;
  /** the body whose words the sentence before reported: "..., the Magen David Adom rescue service said. It said 31 ..." */
  private speaker: Claimant | null = null;
  private lastSpeaker: Claimant | null = null;
  noteSpeaker(c: Claimant): void {
    // (a body the gazetteer does not know may read as a person: "the Magen David Adom rescue service")
    const body = !c.person || (!c.entry && /\b(?:service|agency|ministry|office|council|committee|network|centre|center|directorate|administration|authority|television|channel|radio)\b/i.test(c.name));
    if (body && c.side !== "media") this.speaker = c;
  }
  newSentence(): void { this.lastSubject = this.subject; this.subject = null; this.lastSpeaker = this.speaker; this.speaker = null; }
  /** "Airwars ... disputes the coalition's accounting. It said ...": "it" is the subject of its own sentence or the one before */
  subjectInFocus(): Claimant | null { return this.subject ?? this.lastSpeaker ?? this.lastSubject; }
  /** Notes the entities named in tokens [from, to), read as if that range were all there is. */
  noteEntities(t: Token[], from = 0, to = t.length): void {
    for (const m of findEntities(t, from, to, true)) {
      // ("targets in northern Iraq", "a resort in the Kurdistan region": a state or region named as a place is no
      // body that "the government" or "the ministry" may later mean)
      // ("In Moscow, the Defence Ministry said": a capital opening the sentence is where its speaker is)
      const before = t[m.i - 1]?.lower === "the" ? m.i - 2 : m.i - 1;
      if (before > 0 && m.entry.kind === "government" && PLACE_PREP.test(t[before].lower) && !/['’]s$/.test(t[m.end - 1].text)
        && !GOV_BODY.test(bare(t[m.end - 1]))) continue; // ("officials in the Kurdish-run administration" are of it)
      // "Pentagon spokesman Jeff Davis": a person speaking for the body; "he" may point to it later
      const titled = (m.i > from && PERSON_ROLE.has(bare(t[m.i - 1]))) || (m.end < to && PERSON_ROLE.has(bare(t[m.end])));
      const local = localBodySide(m.entry.name, t.slice(Math.max(0, m.i - 2), m.end), this.gov);
      const c = { ...claimantOf(m.entry, titled || m.entry.kind === "person" || m.entry.kind === "official"), called: bare(t[m.end - 1]), ...(local ? { name: t.slice(/^[A-Z][a-z]/.test(t[m.i - 1]?.text ?? "") && t[m.i - 1].lower !== "the" ? m.i - 1 : m.i, m.end).map((x) => x.text).join(" "), side: local, entry: undefined } : {}) };
      // ("The GNA's Presidential Council blamed ...": a body of the entity opens the sentence too)
      if (m.i <= 1 && from === 0 && !c.person && c.side !== "media" && (!/['’]s$/.test(t[m.end - 1].text) || [t[m.end], t[m.end + 1]].some((x) => GOV_BODY.test(bare(x))))) this.subject = c;
      this.note(c);
    }
  }
  /** the bodies people named with a role spoke for, by surname: "Ms Mueller said" after "URSULA MUELLER, Assistant Secretary-General ..., said" */
  private surnames = new Map<string, Claimant>();
  notePerson(speakerText: string, c: Claimant): void {
    if (c.side === "media" || c.side === "other" || !c.entry) return;
    const name = /^(?:(?:Dr|Mr|Mrs|Ms|Gen|Col|Maj|Lt)\.? )?((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){1,3}),/.exec(speakerText);
    if (name && !ORG_WORD.test(name[1]) && !/^(?:The|A|An)\b/.test(name[1])) this.surnames.set(name[1].split(/[ -]/).pop()!.toLowerCase(), c);
  }
  bySurname(word: string): Claimant | null { return this.surnames.get(word.toLowerCase()) ?? null; }
  /** most recent mention matching a predicate */
  recent(pred: (c: Claimant) => boolean): Claimant | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) if (pred(this.mentions[k])) return this.mentions[k];
    return null;
  }
}


export const ASIDE_OPENER = /^(?:who|which|whose|speaking|briefing|talking|declining|requesting|asking)$/;

// titles of a government's own people: with no nationality, the government of the state in play
const GOV_WORD = new Set(["minister", "ministry", "ministers"]);
function stateSide(d: Discourse): Side | null {
  const side = d.state ? NATIONALITY[d.state.toLowerCase()] : undefined;
  return side && STATE.has(side) ? side : null;
}

/** Resolves tokens [from, to) naming a speaker. Null when nothing usable is there. */
export function resolveSpeaker(t: Token[], from: number, to: number, d: Discourse): Claimant | null {
  const c = resolveWords(t, from, to, d);
  // "The Tigris Daily counted 41 strikes", "satellite images reviewed by Meridian Wire": the outlet's own work is its own voice
  const own = d.outletName.toLowerCase().replace(/^the /, "");
  return c && c.side !== "media" && own !== "media" && c.name.toLowerCase().replace(/^the /, "") === own ? d.media() : c;
}

function resolveWords(t: Token[], from: number, to: number, d: Discourse): Claimant | null {
  // "Russia's ambassador to the UN, Vassily Nebenzia": an envoy speaks for whoever sent them, not the host
  const sentTo = envoyTo(t, from, to);
  const sender = sentTo > from ? resolvePhrase(t, from, sentTo, d) : null;
  if (sender && sender.side !== "media") return sender;
  // "The official, who asked not to be named,", "An Israeli official, briefing reporters on condition ...,":
  // a clause about the speaker is no part of the name ("the official" still points back); when the
  // name alone points nowhere, the whole phrase is still someone ("The source, who spoke to us, said")
  for (let k = from + 1; k < to - 1; k++) {
    if (t[k].text === "," && ASIDE_OPENER.test(t[k + 1].lower)) return resolvePhrase(t, from, k, d) ?? resolvePhrase(t, from, to, d);
    // "Its chief spokesman, Sean Parnell,": the name after the role is the person of the body named before
    // ("Its head in Idlib, Mustafa Haj Youssef,": where the role serves is no part of it)
    if (t[k].text === "," && t[from].lower === "its" && k - from <= 6) {
      const at = t.slice(from, k).findIndex((x) => x.lower === "in");
      if (at < 0 ? k - from <= 3 : at >= 2) return resolvePhrase(t, from, at < 0 ? k : from + at, d) ?? resolvePhrase(t, from, to, d);
    }
  }
  return resolvePhrase(t, from, to, d);
}

function resolvePhrase(t: Token[], from: number, to: number, d: Discourse): Claimant | null {
  if (to <= from) return null;
  const words = t.slice(from, to).filter((x) => x.type === "word");
  if (!words.length) return null;
  const person = words.some((w) => PERSON_ROLE.has(bare(w)));
  const ents = findEntities(t, from, to);
  // generic outlet words ("state news agency") give way to a named entity in the same phrase
  // and a possessive names the owner, not the speaker: "the Russian military's Centre for Reconciliation"
  const own = (m: { end: number }) => /['’]s$/.test(t[m.end - 1].text);
  // ("the Britain based monitor": a place before "based" says where the speaker sits, not who it is)
  const based = (m: { end: number }) => t[m.end]?.lower === "based" || (t[m.end]?.text === "-" && t[m.end + 1]?.lower === "based");
  const whose = ents.filter((m) => !based(m));
  let named = whose.find((m) => m.entry.name !== "media reports" && !own(m)) ?? whose.find((m) => m.entry.name !== "media reports") ?? whose[0];
  // "the Kurdistan Region's counter-terrorism service": a body named by its function alone belongs to
  // its owner; the gazetteer's generic alias ("Counter-Terrorism Service") means another state's body
  const owner = named ? ents.find((m) => m.end === named!.i && own(m)) : undefined;
  if (owner && named && owner.entry.side !== named.entry.side && !t.slice(named.i, named.end).some((w) => bare(w) in NATIONALITY)) named = owner;
  // "The rights group said", "the rebel group": a definite generic points back to the one named before
  if (named && GENERIC_ENTRY.has(named.entry.name) && ["the", "this", "that"].includes(bare(words[0]))) {
    const back = d.recent((c) => c.side === named.entry.side && !!c.entry && !GENERIC_ENTRY.has(c.entry.name));
    if (back) return back;
  }
  // "a Syrian military source", "Iraqi security sources": an unnamed source, not the army or ministry
  // its words also name (a monitor's or a group's own sources keep their body)
  const last = bare(words[words.length - 1]);
  if (named && (last === "source" || last === "sources") && named.end === to - 1 && STATE.has(named.entry.side)) {
    return { name: words.map((w) => w.text).join(" ").replace(/^(?:the|a|an) /i, ""), side: "other", person: true };
  }
  // ("the Erbil health directorate", "the Hawija local council": the Syrian opposition's local bodies by name, not in Iraq)
  const localSide = named ? localBodySide(named.entry.name, words, d.gov) : null;
  if (localSide) return { name: words.map((w) => w.text).join(" ").replace(/^(?:the|a|an) /i, ""), side: localSide, person };
  if (named) return claimantOf(named.entry, person || named.entry.kind === "person");
  // "A Guards commander" after "the Revolutionary Guards": a capitalised word the body named before is described by
  // (one such word alone: "Military Operations Command" is a name of its own, not "the military" described)
  const capWords = words.slice(1).filter((w) => /^[A-Z][a-z]/.test(w.text) && !(bare(w) in NATIONALITY));
  const short = capWords.length === 1 && !/^[A-Z]/.test(words[0].text.replace(/^(?:A|An|The)$/, "")) ? capWords[0] : undefined;
  const byWord = short ? d.recent((c) => !!c.entry && (c.entry.descriptors ?? []).includes(bare(short))) : null;
  if (byWord) return { ...byWord, person: person || byWord.person };
  // "the Houthi-run health ministry", "the rebel-run health directorate": a body run by a group is the group's,
  // not the state the article is about
  const run = words.find((w) => /^[A-Za-z]+-(?:run|controlled)$/.test(w.text));
  if (run) {
    const by = run.text.split("-")[0].toLowerCase();
    const side: Side = /^(?:rebel|opposition)$/.test(by) ? "rebels" : /^(?:is|isis|isil|daesh)$/.test(by) ? "isis"
      : /^(?:government|regime|state)$/.test(by) ? (d.gov ?? "other") : NATIONALITY[by] ?? "other";
    return { name: words.map((w) => w.text).join(" ").replace(/^(?:the|a|an) /i, ""), side, person };
  }
  // "SMRA's field teams", "SMRA said": an organisation the text spelled out once, "Sham Medical Relief Alliance (SMRA)"
  const acronym = d.acronyms.size ? words.map((w) => d.acronyms.get(w.text.replace(/['’]s$/, ""))).find(Boolean) : undefined;
  if (acronym) return { ...acronym, person };
  const first = bare(words[0]);
  if (words.length === 1 && ["he", "she", "him", "her"].includes(first)) return d.recent((c) => c.person);
  // "the Americans told us", "the Russians say": a state's people as a speaker are its officials
  if (words.length <= 2 && (words.length === 1 || first === "the") && /^(?:Americans|Russians)$/.test(words[words.length - 1].text)) {
    return { name: `${words[words.length - 1].text.replace(/ns$/, "n")} officials`, side: NATIONALITY[bare(words[words.length - 1])], person: true };
  }
  // "Ms Mueller said", "Dr Tahhan said": the surname of a person who spoke for a body before
  if (words.length === 2 && /^(?:Dr|Mr|Mrs|Ms)$/.test(words[0].text) && d.bySurname(words[1].text)) return { ...d.bySurname(words[1].text)!, person: true };
  // "Davutoglu told ambassadors" after "Prime Minister Ahmet Davutoglu said", "al-Baba said": the surname is the person
  // named before; "Abadi said" after "Haider al-Abadi", a name the gazetteer files under a body, is that body's
  if (words.length === 1) {
    const known = (/^(?:(?:al|el)-)?[A-Z][a-z]{2,}$/.test(words[0].text)
      ? d.recent((c) => c.person && c.side !== "media" && c.side !== "other" && c.name.split(" ").length > 1 && c.name.endsWith(` ${words[0].text}`)) : null)
      ?? (/^[A-Z][a-z]/.test(words[0].text) ? d.recent((c) => !!c.called && c.called !== first && c.called.replace(/^(?:al|el|as|ad|an|ar|ash|az)-/, "") === first) : null);
    if (known) return known;
  }
  // "it" is one body, not "reports" named in passing ("a group that tracks reports of civilian harm")
  if (words.length === 1 && first === "it" && d.subjectInFocus()) return d.subjectInFocus();
  if (words.length === 1 && ["it", "its", "they"].includes(first)) return d.recent((c) => first === "they" || (!c.person && c.entry?.name !== "media reports"));
  // definite descriptions: "the ministry", "the monitor", "the official", "officials"
  // "A military statement on July 17 said its jets had carried out": a document of the body of that kind named before
  if (words.length === 3 && /^(?:a|an)$/i.test(words[0].text) && /^(?:statement|communiqu[eé]|bulletin|report)$/.test(bare(words[2]))) {
    const kind = bare(words[1]);
    const body = /^(?:military|army|ministry|government|police|coalition)$/.test(kind) ? d.recent((c) => !!c.entry && !c.person && (c.entry.descriptors ?? []).includes(kind)) : null;
    if (body) return body;
  }
  // "the ministry's emergency medicine service said", "the group's media office said": a part of the body described before
  // (not "the group's military spokesman": "the group" is read as a whole phrase below)
  if (words.length >= 3 && /^(?:the|its)$/i.test(words[0].text) && /^(?:ministry|army|military|command|council|directorate|government)['’]s$/i.test(words[1].text)) {
    const owner = resolveDescription(t, words.slice(0, 2), d);
    if (owner) return { ...owner, person };
  }
  // "his observers had counted 108 bodies", "her teams recorded": the people of the body the person named before speaks for
  if (words.length === 2 && /^(?:his|her)$/i.test(words[0].text) && /^(?:observers|monitors|teams|team|staff|investigators|researchers|volunteers|inspectors)$/.test(bare(words[1]))) {
    const who = d.recent((c) => c.person && c.side !== "media" && c.side !== "other");
    if (who) return { ...who, person: false };
  }
  const described = resolveDescription(t, words, d);
  if (described !== undefined) return described;
  const head = bare(words[words.length - 1]);
  // nationality + role: "Russian officers", "Syrian opposition figures", "the governor of Homs"
  let side: Side | null = null;
  // a place counts only as its whole name: "Abu", "Tal", "Deir", "Eastern" also open personal and
  // other names ("Ahmed Abu Khawla"), so "Abu Kamal" must match, not "Abu"
  for (const [k, w] of words.entries()) {
    const b = bare(w);
    if (STRONG.has(b)) { side = NATIONALITY[b]; break; }
    // ("Yemen Strike Monitor": a country of no side opening a body's name is no nationality)
    const opensName = NATIONALITY[b] === "other" && /^[A-Z]/.test(words[k + 1]?.text ?? "") && !/['’]s$/.test(w.text);
    if (!side && b in NATIONALITY && !(b === "us" && w.text !== "US") && !opensName) side = NATIONALITY[b]; // "told us"
  }
  // a place gives the side of its officials ("the governor of Homs"), not of a doctor or resident in it
  const local = words.some((w) => NOT_OFFICIAL.has(bare(w)));
  for (let k = from; k < to && !side && !local; k++) {
    if (!/^[A-Z]/.test(t[k].text)) continue;
    const hit = PLACE_SIDE.get(bare(t[k]))?.find((p) => k + p.words.length <= to && p.words.every((w, x) => bare(t[k + x]) === w));
    // (as above: "Yemen Strike Monitor" is a body's name, not Yemen's officials)
    const after = t[k + (hit?.words.length ?? 0)];
    if (hit && hit.side === "other" && after && /^[A-Z]/.test(after.text)) continue;
    if (hit) side = hit.side;
  }
  const hasRole = words.some((w) => ROLE.has(bare(w)));
  // a relative clause kept by the phrase ("who declined to be named") is not part of the name
  const text = words.map((w) => w.text).join(" ").replace(/^(?:the|a|an) /i, "").replace(/ (?:who|which) .*$/, "");
  const name = speakerName(t, from, to);
  // "a commander said", "an official told AFP": an unnamed source, of the one side the sentence names
  // "a spokesman for the group", "a senior officer in the service": the role word need not be last
  // "The Pentagon said ... A spokesman said": the spokesman of the body just named
  if (!side && words.length === 2 && ["a", "an"].includes(first) && /^spokes(?:man|woman|person)$/.test(head)) {
    const body = d.recent((c) => !c.person && c.side !== "media" && !!c.entry && !GENERIC_ENTRY.has(c.entry.name));
    if (body) return { ...body, person: true };
  }
  if (!side && ["a", "an", "one"].includes(first) && (PERSON_ROLE.has(head) || words.slice(1, 4).some((w) => PERSON_ROLE.has(bare(w))))) {
    const sides = new Set(t.filter((x) => x.type === "word" && x.text !== "us").map((x) => NATIONALITY[bare(x)]).filter(Boolean));
    // "an interior ministry official" in a sentence naming no country: of the state the article is about
    const inPlay = !sides.size && words.some((w) => GOV_WORD.has(bare(w))) ? stateSide(d) : null;
    return { name, side: sides.size === 1 ? [...sides][0] : inPlay ?? "other", person: true };
  }
  // "a Syrian military source", "Iraqi security sources": the labels give an unnamed source no side,
  // whatever its nationality (an official or a commander keeps it)
  if (side && hasRole && (head === "source" || head === "sources") && !STRONG.has(words.map(bare).find((b) => b in NATIONALITY) ?? "")) return { name, side: "other", person };
  // ("Turkish media reported", "Lebanese media say": a free press is the press; Iran's, Syria's, Russia's are the state's)
  if (side && /^(?:media|press|newspapers)$/.test(head) && !words.some((w) => /^(?:state|official|government|pro-government|state-run|iranian|syrian|russian|iran|syria|russia)$/.test(bare(w)))) return { name, side: "media", person: false };
  if (side && hasRole) return { name, side, person };
  // "Federal police units also claim", "security forces said": a state's forces with no nationality
  // named are those of the government the article is about
  if (!side && d.gov && d.country !== "Turkish" && words.length <= 4 && words.some((w) => STATE_FORCE.has(bare(w)))) return { name, side: d.gov, person: false };
  // "Officials said", "local officials said", "security sources say": unnamed, of no side the text gives
  if (!side && words.length <= 3 && UNNAMED_PLURAL.has(head)) return { name, side: (words.some((w) => bare(w) === "local") && localOfficialSide(t, d)) || "other", person: true };
  // "rescuers said", "a volunteer said" in an article about the White Helmets: that rescue service's people
  if (d.rescue && !side && words.length <= 3 && (/^(?:rescuers?|volunteers?)$/.test(head) || (/^workers?$/.test(head) && words.some((w) => bare(w) === "rescue")))) return { ...d.rescue, person };
  if (words.some((w) => UNNAMED.has(bare(w)))) return { name, side: "other", person };
  if (/\b(?:news|site|website|newspaper|channel|television|media|reports|report)\b/.test(text.toLowerCase())) return { name, side: "media", person: false };
  // a named source the gazetteer does not know ("the International Committee of the Red Cross",
  // "Mustafa Bali"): someone other than the outlet, side unknown
  // "Interior Minister Ali Yerlikaya", "Deputy Interior Minister X": a minister of the state in play
  // ("Ministry spokesman Anees al-Asbahi" after "the Houthi-run health ministry said": that ministry's spokesman)
  if (!side && words.some((w) => bare(w) === "ministry")) {
    const before = d.recent((c) => c.side !== "media" && !c.entry && /\bministry\b/i.test(c.name));
    if (before) return { ...before, person: true };
  }
  if (!side && words.some((w) => GOV_WORD.has(bare(w)))) { const inPlay = stateSide(d); if (inPlay) return { name, side: inPlay, person: true }; }
  // "In Iraq, government spokesman Basim al-Awadi said": a government's person where the sentence opens on its state
  if (!side && words.some((w) => bare(w) === "government") && words.some((w) => PERSON_ROLE.has(bare(w))) && t[0]?.lower === "in" && t[2]?.text === ",") {
    const where = NATIONALITY[bare(t[1])];
    if (where && STATE.has(where)) return { name, side: where, person: true };
  }
  const caps = words.filter((w, k) => /^(?:[A-Z][a-z]|(?:al|el|abu|bin|ibn)-[A-Z])/.test(w.text) && !(k === 0 && ["The", "A", "An"].includes(w.text)));
  // (a body named for human rights or for monitoring, "the Iraqi High Commission for Human Rights", is a monitor)
  if (caps.length >= 2 && !PRONOUNS.has(first)) {
    const described = t.slice(Math.max(0, from - 3), to).map((x) => x.lower).join(" ");
    return { name, side: MONITOR_NAME.test(text) || MONITOR_DESCRIPTOR.test(described) ? "monitor" : "other", person: !ORG_WORD.test(text) && !ORG_TAIL.test(text) };
  }
  return null;
}
