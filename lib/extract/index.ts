// Claim extraction: article text in, claims of the shared claim model out. Pure TypeScript.
import type { ExtractedClaim, ExtractOptions, Metric, Side } from "./types";
import { splitSentences, type Sentence } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { findQuantities } from "./numbers";
import { isNonClaim, isNonClaimSentence } from "./non-claims";
import { analyseUnit, type Antecedent, type UnitInfo } from "./metrics";
import { partHasFate } from "./metric-parts";
import type { Quantity } from "./numbers";
import { findCues, cueFor, firstCueIndex, type Cue } from "./attribution";
import { Discourse, statesInPlay, type Claimant } from "./speaker";
import { kurdishArticle } from "./speaker-words";
import { findEntities, findGazetteerEntry } from "./gazetteer";
import { actorSide, agentSides, attacking, governmentSide, KILLED, militantSide } from "./actor";
import { AttackRecord, pointsBack, type PendingActor } from "./event-actor";
import { findPeriod } from "./period";
import { isPlaceName, nearestPlace, placesIn, type PlaceHit } from "./location";
import { reassignCoalition } from "./coalitions";
import { mergeRestatements, type Candidate } from "./merge";
import { carryPeriods } from "./period-carry";
import { LabelBook, isLabel, readLabel, readPostHeader } from "./labels";
import { intervieweeOf, issuerOf } from "./document";
import { projectileVerbAfter } from "./noun-phrase";
import { isTableSeparator, readHeader, readRow, rowSpeakers, type TableHeader, type TableRow } from "./tables";
import { isHypothetical } from "./modality";
import { quoteCue, quoteSpans, SPEECH } from "./quotes";

export * from "./types";
export { listGazetteer, findGazetteerEntry } from "./gazetteer";

const VICTIM: ReadonlySet<Metric> = new Set(["aircraft", "vehicles_destroyed", "militants_killed", "civilians_killed",
  "soldiers_killed", "people_killed", "people_injured"]);

const STATE_SIDE: ReadonlySet<Side> = new Set(["russia", "us_coalition", "syria_gov", "iran", "iraq_gov", "turkey"]);
const ARMED_SIDE: ReadonlySet<Side> = new Set(["rebels", "isis", "other"]);
const FOUND = /^(?:identified|counted|found|documented|recorded|verified|geolocated|located|confirmed|logged)$/;
const CONTINUES = /^(?:Another|A further|Further|(?:[A-Z][a-z]+|\d[\d,]*) (?:more|others)\b)/;
const TRAILING_PRONOUN = new Set(["it", "they"]);
const BULLET = /^(?:[-*•–]|\d{1,2}[.)])\s/;

export const EXTRACTOR_VERSION = "2026.11.21-420";

interface Prepared {
  s: Sentence; t: Token[]; cues: Cue[]; label: Claimant | null; table: Claimant | null; headline: boolean;
  /** a table row's cells that name their own source: "22 fighters killed (SOHR)" */
  cellSources?: Array<{ start: number; end: number; claimant: Claimant }>;
  /** a table row's "Perpetrator" cell, as a side */
  rowActor?: Side;
  /** a bullet's source: the cue of the line that introduced the list ("the ministry said in a statement:") */
  lead?: Cue;
}



function prepare(text: string, d: Discourse): Prepared[] {
  const sentences = splitSentences(text);
  const toks = sentences.map((s) => tokenize(s.text, s.start));
  // in a transcript (two speaker turns or more) a turn runs on over paragraphs until the next label
  const transcript = sentences.filter((s) => s.lineStart && isLabel(s.text)).length >= 2;
  const out: Prepared[] = [];
  const labels = new LabelBook(sentences, toks);
  let label: Claimant | null = null;
  let labelLine = -1;
  let postPara = -1;
  let header: TableHeader | null = null;
  let lead: Cue | null = null;
  const firstLine = sentences[0]?.line ?? 0;
  sentences.forEach((s, si) => {
    let t = toks[si];
    let row: TableRow | null = null;
    const bar = s.text.indexOf(" | ");
    const isTable = s.text.startsWith("|") || (bar >= 0 && s.text.indexOf(" | ", bar + 3) >= 0);
    if (isTable) {
      // a header row followed by |---| names the columns of the rows below it
      // (Markdown pages reach here with the separator already gone: the first row, if it holds no figure, is the header)
      const next = sentences[si + 1];
      if (s.lineStart && ((next && isTableSeparator(next.text)) || (!header && !t.some((x) => x.type === "num")))) { header = readHeader(s.text); t = []; }
      else if (isTableSeparator(s.text)) t = [];
      else { row = readRow(s.text, s.start, header, s.lineStart); t = row.tokens ?? t.filter((x) => x.text !== "|"); }
    } else if (s.lineStart) header = null;
    const lm = s.lineStart ? readLabel(s.text) : null;
    // "[Telegram] Kataib Hezbollah - 21 Nov 2023, 09:05": a post's header names who posts what follows
    const post = s.lineStart && !lm ? readPostHeader(s.text) : null;
    if (post) {
      label = labels.resolve(post, d, true);
      labelLine = s.line;
      postPara = s.para;
      if (label.side !== "media") d.note(label);
    // "BAGHDAD: Russia on Wednesday..." is a dateline, not a speaker
    } else if (lm && !isPlaceName(lm.name)) {
      // "RUDSKOI:", "Pentagon:", "Monitor:" speak; "ANCHOR:", "Note:" leave the outlet as source
      // ("Update: the number of wounded has risen to 14." inside a post: a word no one speaks with leaves the post's author)
      const said = labels.resolve(lm, d);
      label = said.side === "media" && s.para === postPara && label ? label : said;
      labelLine = s.line;
      if (label.side !== "media") d.note(label);
    } else if (s.lineStart && s.line !== labelLine && s.para !== postPara && (!transcript || /^\(/.test(s.text))) label = null;
    // note what was named before the first pronoun, so "he said" cannot point forward
    // ("..., killed by coalition strikes, it said": a trailing pronoun points to the sentences before,
    // not to a body the reported content names)
    d.newSentence();
    const p0 = firstCueIndex(t);
    const p = p0 >= 1 && p0 < t.length && TRAILING_PRONOUN.has(t[p0].lower) && t[p0 - 1].text === "," && SPEECH.has(t[p0 + 1]?.lower ?? "") ? 0 : p0;
    d.noteEntities(t, 0, p);
    // "The coalition conducted 112 strikes ..., it said": a trailing pronoun may still be the subject
    // that opens its own sentence, when that body is what acts there (not "Coalition strikes killed ...")
    if (p === 0 && p0 > 0) { const subj = actingSubject(t); if (subj) d.noteEntities(t, 0, subj); }
    const cues = findCues(t, d);
    d.noteEntities(t, p);
    for (const c of cues) if (c.claimant.side !== "media" || c.claimant.name !== d.outletName) { d.note(c.claimant); d.notePerson(c.speakerText, c.claimant); if (SPEECH.has(c.text.toLowerCase())) d.noteSpeaker(c.claimant); }
    // "The ministry said in its final statement:" then "- 250 people had been killed ...": the bullets
    // below a line that ends in a colon after a verb of saying are that speaker's, until a line that is no bullet
    const bullet = BULLET.test(s.text);
    if (s.lineStart && !bullet) lead = null;
    const ownLead = bullet && lead ? lead : undefined;
    if (/:\s*$/.test(s.text)) lead = cues.filter((c) => SPEECH.has(c.text.toLowerCase())).pop() ?? null;
    const headline = (s.line === firstLine && !/[.!?"”]$/.test(s.text) && sentences.length > 1) || /^#/.test(s.text);
    // a table row's source sits in its later cells
    const spoken = row ? rowSpeakers(row, header, t, d) : null;
    out.push({ s, t, cues, label: label && s.line >= labelLine ? label : null, table: spoken?.table ?? null, headline,
      cellSources: spoken?.cellSources.length ? spoken.cellSources : undefined, rowActor: spoken?.actor, lead: ownLead });
  });
  return out;
}

const SUBJECT_VERB = /^(?:has|have|had|is|was|were|are|will|would|also|said|says|conducted|carried|launched|fired|struck|hit|flew|destroyed|killed|reported|announced|claimed|recorded|documented|counted|estimated|put)$/;
/** The end of an entity that opens a sentence as the subject of its verb, else 0. */
function actingSubject(t: Token[]): number {
  const m = findEntities(t, 0, Math.min(t.length, 8))[0];
  if (!m || m.i > 1 || /['’]s$/.test(t[m.end - 1].text)) return 0;
  return SUBJECT_VERB.test(t[m.end]?.lower ?? "") ? m.end : 0;
}


export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const d = new Discourse(options.outlet);
  ({ country: d.country, state: d.state } = statesInPlay(text));
  d.learnAcronyms(text);
  if (/\b(?:White Helmets|Syrian? Civil Defen[cs]e)\b/.test(text)) { const wh = findGazetteerEntry("White Helmets"); d.rescue = wh ? { name: wh.name, side: wh.side, person: false, entry: wh } : null; }
  const gov = governmentSide(text);
  d.gov = gov;
  d.kurdish = kurdishArticle(text);
  const militants = militantSide(text);
  const prep = prepare(text, d);
  const issuer = issuerOf(text, prep.map((p) => p.t), d);
  const interviewee = intervieweeOf(prep);
  const paraEnd = new Map(prep.map((p) => [p.s.para, p.s.text]));
  const quotes = quoteSpans(text);
  const cands: Candidate[] = [];
  let lastMetric: Metric | null = null;
  let lastMissiles = -99;
  let prevAnte: Antecedent | null = null;
  let carried: { side: Side; idx: number; by: string } | null = null;
  let lastSource: { claimant: Claimant; idx: number } | null = null;
  const attacks = new AttackRecord();
  const pending: PendingActor[] = [];
  prep.forEach((p, idx) => {
    const { s, t } = p;
    if (isNonClaimSentence(s.text)) return;
    let ante: Antecedent | null = idx > 0 && prep[idx - 1].s.para === s.para ? prevAnte : null;
    let sentenceActor: { side: Side; by: string } | null = null;
    // period and places are read once per sentence, not once per figure
    let period: string | null | undefined;
    let places: PlaceHit[] | undefined;
    const items: Array<{ q: Quantity; u: UnitInfo }> = [];
    for (const q of findQuantities(t)) {
      if (isNonClaim(t, q)) continue;
      // "two officers told us", "said two Syrian officials": the number of speakers is no claim
      // ("wounding 110 the health ministry said", wire copy without its comma: a speaker opening with "the" is not counted)
      if (p.cues.some((c) => c.speakerSpan && SPEECH.has(c.text.toLowerCase()) && ((q.i >= c.speakerSpan[0] && q.i < c.speakerSpan[1]) || (q.j === c.speakerSpan[0] && t[q.j]?.lower !== "the")))) continue;
      const u = analyseUnit(t, q, ante, lastMetric);
      // "Eleven of them struck Ain al-Asad", "six had struck in or near the compound": a bare count that
      // lands or strikes, shortly after missiles were counted, counts missiles
      // ("every one of them hit its target" counts nothing)
      if ((!u.noun || (u.breakdown && u.metric !== "missiles" && !u.person)) && lastMissiles >= idx - 3 && !/^(?:every|each|no|any|not)$/.test(t[q.qi - 1]?.lower ?? "")
        && projectileVerbAfter(t, Math.max(q.j, u.unitEnd))) { u.metric = "missiles"; u.noun = "missiles"; }
      if (u.noun) ante = { noun: u.noun, person: u.person, event: u.event, unitStart: u.unitStart, unitEnd: u.unitEnd };
      items.push({ q, u });
      if (u.metric && u.metric !== "other" && !u.breakdown) lastMetric = u.metric;
      // ("two million people had lost power ... my own estimate is closer to one million": a count of
      // something else, a sentence later, is what "the estimate" goes back to, not the toll before it)
      else if (u.metric === "other" && !u.breakdown && u.noun) lastMetric = null;
      if (u.metric === "missiles") lastMissiles = idx;
    }
    // counted victims ("two Syrian warplanes", "135 tanks") are never the actor of another figure
    const victims = items.filter((x) => x.u.metric && VICTIM.has(x.u.metric) && !(x.u.metric === "aircraft" && attacking(t, x.u.unitEnd))).map((x): [number, number] => [x.q.i, x.u.unitEnd]);
    attacks.note(idx, () => agentSides(t, "media", -1, -1, victims, gov, militants));
    let anaphoric: boolean | undefined;
    for (const { q, u } of items) {
      if (!u.metric) continue;
      // attribution: a cue in the sentence, the quote's speaker, the transcript label, the table's source
      let cue = cueFor(p.cues, q.qi, q.j);
      let strength = cue ? 3 : 0;
      if (!cue && p.lead) { cue = p.lead; strength = 2; }
      const start = t[q.i].start;
      // ('"Initial reports indicate one contractor killed," he said': reports the speaker cites are still his words)
      if (!cue || cue.claimant.side === "media") {
        const span = quotes.find(([a, b]) => start > a && start < b && (!cue || (t[cue.at].start > a && t[cue.at].start < b)));
        const outer = span ? quoteCue(prep, span, quotes) : null;
        if (outer && (!cue || outer.claimant.side !== "media")) { cue = outer; strength = 2; }
      }
      // in an interview, an answer's "our medical staff", "the centre we support" speak for the interviewee's body
      // (and so does the paragraph that answers a question: "How many strikes did the coalition carry out?" ¶ "About 4,450.")
      const weSpeak = interviewee && !/\?\s*$/.test(s.text) && (/\b(?:we|our|us)\b/i.test(s.text) || /\?\s*$/.test(paraEnd.get(s.para - 1) ?? "")) ? interviewee : null;
      // "Another 22 were wounded.", "Five more died in hospital.": the previous sentence's source goes on
      // (in a reporter's turn the sentence after a sourced one relays that source too: "..., the Security Council says 11
      // missiles struck Erbil. Four civilians were killed and six were injured.")
      const goesOn = !cue && lastSource && lastSource.idx === idx - 1 && prep[lastSource.idx].s.para === s.para && (CONTINUES.test(s.text) || p.label?.side === "media") ? lastSource.claimant : null;
      const cell = p.cellSources?.find((c) => start >= c.start && start < c.end)?.claimant;
      const claimant: Claimant = cue?.claimant ?? cell ?? p.table ?? (p.label?.side === "media" && goesOn ? goesOn : p.label) ?? weSpeak ?? goesOn ?? issuer ?? d.media();
      if (!cue && (p.label || p.table || weSpeak) && claimant.side !== "media") strength = 2;
      // bare counts of things are not claims ("About 2,500 US troops remain in Iraq", a force's size, is; so is
      // what the outlet says its own work found: "Satellite images reviewed by Meridian Wire showed damage to four buildings")
      // (and so is what the outlet's own "we" found: "In the satellite images we identified at least three impact craters")
      // ("We can account for at least eight craters")
      const ownWork = !cue && claimant.side === "media" && ((/^(?:we|We)$/.test(t[q.qi - 2]?.text ?? "") && FOUND.test(t[q.qi - 1]?.lower ?? ""))
        || (t[q.qi - 1]?.lower === "for" && t[q.qi - 2]?.lower === "account" && t.slice(Math.max(0, q.qi - 5), q.qi - 2).some((x) => /^(?:we|We)$/.test(x.text))))
        && !quotes.some(([a, b]) => start > a && start < b);
      if (u.metric === "other" && claimant.side === "media" && u.person !== "soldier" && u.person !== "militant" && cue?.claimant.name !== d.outletName && !ownWork && !/\b(?:media|press)$/i.test(cue?.claimant.name ?? "")) continue;
      // "lost 14 of its men": a state's men are soldiers, an armed group's are fighters
      const armed = ARMED_SIDE.has(claimant.side) && (!claimant.entry || ["group", "military"].includes(claimant.entry.kind));
      // ("carried out 313 operations against the group ..., killing 686 of its members": the group's, not the speaker's)
      const groupOwns = u.owned && t.slice(0, q.qi).some((x, n) => x.lower === "group" && t[n - 1]?.lower === "the");
      // ("killed six of our citizens": a state's citizens are civilians, not its men)
      const citizens = /^(?:citizens|nationals)$/.test(t[Math.max(u.unitStart, u.unitEnd - 1)]?.lower ?? "");
      if (u.metric === "people_killed" && u.owned && u.person === "person") u.metric = citizens ? "civilians_killed" : groupOwns ? "militants_killed" : STATE_SIDE.has(claimant.side) ? "soldiers_killed" : armed ? "militants_killed" : u.metric;
      // "two-thirds of them children", "nine of them vehicle-borne IEDs": the make-up of a count is no figure of its own;
      // a part with a fate of its own is ("17 of them would be deported", "20 of them had surrendered")
      if (u.metric === "other" && u.breakdown && (q.kind !== "number" || !partHasFate(t, q, u))) continue;
      if (u.metric !== "other" && isHypothetical(t, q.qi, Math.max(q.j, u.unitEnd))) continue; // not (yet) happened
      if (p.headline) strength -= 2;
      // an actor carries on only in the same source's next sentences: another source's toll is its own account
      // (nor into the next item of a list: "- Jabhat al-Nusra killed 22 civilians." "- A further 121 were killed by ...")
      const recentCarry = carried && idx - carried.idx <= 2 && prep[carried.idx].s.para === s.para && carried.by === claimant.name && !(s.lineStart && BULLET.test(s.text)) ? carried.side : null;
      const actor = actorSide({ metric: u.metric, t, unitStart: u.unitStart, unitEnd: u.unitEnd, figure: q.i, claimantSide: claimant.side, carried: recentCarry, victims, gov, militants, owned: u.owned, speaker: cue?.speakerSpan });
      if (actor.explicit) sentenceActor = { side: actor.explicit, by: claimant.name };
      if (!actor.side && p.rowActor && u.metric !== "other") actor.side = p.rowActor;
      const end = t[q.j - 1].end; // the figure as written: "60 to 70", "25,000", "83 percent"
      const unitTok = t.slice(u.unitStart, Math.max(u.unitStart, u.unitEnd));
      const unitText = unitTok.filter((x) => !/^["“”]$/.test(x.text)).map((x) => x.text).join(" ").replace(/ (['’]s)/g, "$1");
      const cand: Candidate = {
        strength,
        claim: {
          value: q.value, valueMax: q.valueMax, qualifier: q.qualifier,
          // a percentage says so in its unit, which is what the pages and the comparison read it by
          // ("86 percent of the missiles" was shown and compared as 86 missiles)
          unit: q.kind === "percent" && !/percent|per cent|%/i.test(unitText) ? (unitText ? `percent of ${unitText.replace(/^of /, "")}` : "percent") : unitText,
          metric: u.metric, claimant: claimant.name, side: claimant.side, actorSide: actor.side,
          period: period === undefined ? (period = findPeriod(s.text, options.publishedAt)) : period,
          location: nearestPlace(places ??= placesIn(s.text), start - s.start),
          sentence: s.text, start, end,
          // why the figure is the claimant's when no verb in its sentence says so, shown beside it
          cue: cue?.text ?? (cell ? "table cell source" : p.table ? "table source column" : p.label ? "speaker label"
            : weSpeak ? "interviewee's organisation" : goesOn ? "previous sentence's source" : issuer && claimant === issuer ? "document issuer" : null),
          speaker: cue?.speakerText ?? null,
          mentions: [{ start, end, sentence: s.text, sentenceStart: s.start }],
        },
      };
      cands.push(cand);
      if (cue && claimant.side !== "media") lastSource = { claimant, idx };
      // a toll with no actor of its own may be the outcome of an attack named elsewhere
      if (!actor.side && KILLED.has(u.metric)) {
        anaphoric ??= pointsBack(s.text);
        pending.push({ idx, victim: actor.victim ?? null, anaphoric, set: (side) => { cand.claim.actorSide = side; } });
      }
    }
    prevAnte = ante;
    if (sentenceActor) carried = { ...sentenceActor, idx };
  });
  attacks.resolve(pending);
  return carryPeriods(reassignCoalition(mergeRestatements(cands), text));
}
