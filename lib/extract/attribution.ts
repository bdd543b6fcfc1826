// Attribution cues in a sentence ("X said", "said X", "according to X", "X's count was",
// "that X says") and the choice of the cue that covers a given figure.
import type { Token } from "./tokens";
import { bare } from "./tokens";
import { Discourse, resolveSpeaker, ROLE, type Claimant } from "./speaker";
import { npEnd, npStart, VERBS } from "./speaker-phrase";
import { UNNAMED } from "./speaker-words";
import { findEntities, findGazetteerEntry } from "./gazetteer";
import { byAfter, DATA_WORD, placeTail } from "./cue-scope";
import { indefiniteStart, pastRelative } from "./cue-subject";

export { cueFor } from "./cue-scope";

export interface Cue {
  at: number; // token index of the cue word
  text: string; // the cue as written
  speakerText: string;
  claimant: Claimant;
  scope: "right" | "left" | "both" | "relative";
  /** token span of the speaker phrase: "two officers told us" counts no one */
  speakerSpan?: [number, number];
}

const PARTICIPLE = new Set(["saying", "adding", "telling", "noting", "insisting", "claiming", "stating", "conceding"]);
const POSSESSED = new Set(["count", "tally", "figure", "figures", "estimate", "assessment", "account", "toll", "data", "report", "version"]);
// ("Local officials there told ZRW", "Residents here say": a place adverb after the subject too)
const SKIP_BEFORE_VERB = new Set(["tonight", "today", "yesterday", "overnight", "also", "has", "have", "had", "now", "later", "then", "previously", "earlier", "again", "since", "separately", "itself", "himself", "herself", "themselves", "only", "first", "finally", "already", "initially", "originally", "subsequently", "publicly", "privately", "officially", "repeatedly", "meanwhile", "there", "here", "locally"]);

const PLACED_BY = new Set(["in", "inside", "near", "at", "outside", "around", "from", "on", "across", "within"]);
const PERSON_HEAD = /^(?:official|officials|officer|officers|source|sources|spokesman|spokeswoman|commander|diplomat|resident|witness|doctor)$/;

const txt = (t: Token[], a: number, b: number) => t.slice(a, b).map((x) => x.text).join(" ").replace(/ (['’]s|,|\.)/g, "$1");

const FIRST_CUE = new Set([...VERBS, ...PARTICIPLE, "according", "per", "he", "she", "it", "they"]);

/** Index of the first attribution word or pronoun; entities after it are noted later. */
export function firstCueIndex(t: Token[]): number {
  const k = t.findIndex((x) => FIRST_CUE.has(x.lower));
  return k < 0 ? t.length : k;
}

const OWNED_COUNT = /^(?:own|first|latest|last|new|initial|updated|final|official|revised|published|previous|earlier|running|preliminary)$/;
const TALLY = new Set(["tally", "tallies", "figures", "toll", "count", "counts", "statistics", "estimates"]);
const QUOTE_MARK = new Set(["\"", "“", "”"]);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const PRONOUN_WORD = /^(?:he|she|it|they|we|i|you)$/;

export function findCues(t: Token[], d: Discourse): Cue[] {
  const cues: Cue[] = [];
  // "SANA, citing a military source, said": the source cited inside a subject speaks for it
  let cited: { at: number; claimant: Claimant; text: string } | null = null;
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    // "Ankara's "neutralised" tallies ... passed 1,500": a count owned by a side is that side's claim
    if (TALLY.has(w) && k >= 1) {
      let p = k - 1;
      while (p > 0 && p >= k - 3 && (t[p].type === "punct" || !/['’]s$/.test(t[p].text)) && (QUOTE_MARK.has(t[p].text) || /^[a-z]/.test(t[p].text))) p--;
      if (/['’]s$/.test(t[p].text) && /^[A-Z]/.test(t[p].text)) {
        const c = resolveSpeaker(t, npStart(t, p + 1), p + 1, d);
        if (c && c.side !== "media") { cues.push({ at: k, text: t[k].text, speakerText: txt(t, npStart(t, p + 1), p + 1), claimant: c, scope: "right" }); continue; }
      }
    }
    // "About 5,200 US troops are in Iraq, per the Pentagon": a live blog's "according to" (not "per cent", "per day")
    if (w === "per" && k > 0 && /^(?:the|a|an|[A-Z])/.test(t[k + 1]?.text ?? "") && !/^(?:cent|capita|day|week|month|year|hour|person|head)$/i.test(t[k + 1]?.text ?? "")) {
      const e = npEnd(t, k + 1);
      const c = e > k + 1 ? resolveSpeaker(t, k + 1, e, d) : null;
      if (c) { cues.push({ at: k, text: "per", speakerText: txt(t, k + 1, e), claimant: c, scope: "both", speakerSpan: [k + 1, e] }); k = e - 1; }
      continue;
    }
    if (w === "according" && t[k + 1]?.lower === "to") {
      const s = k + 2;
      let e = npEnd(t, s);
      let c = resolveSpeaker(t, s, e, d);
      // "according to figures verified by OHCHR", "figures shared with me by a Western official": the figures are
      // the body's that gathered or gave them, not those of the last body named
      const by = DATA_WORD.test(t[e - 1]?.lower ?? "") ? byAfter(t, e) : -1;
      if (by > 0) {
        const e2 = npEnd(t, by + 1);
        const c2 = e2 > by + 1 ? resolveSpeaker(t, by + 1, e2, d) : null;
        if (c2) { c = c2; e = e2; }
      }
      if (!c) {
        // "according to figures released by the Syrian Observatory"
        let f = s;
        while (f < t.length && f < s + 12 && !(t[f].type === "punct" && t[f].text !== "-" && t[f].text !== "'")) f++;
        const wide = resolveSpeaker(t, s, f, d);
        if (wide && wide.side !== "other") { c = wide; e = f; }
      }
      // (the span: "According to the Israeli military, Iran fired 550 missiles" names no Israeli deed)
      if (c) cues.push({ at: k, text: "according to", speakerText: txt(t, s, e), claimant: c, scope: "both", speakerSpan: [s, e] });
      k = Math.max(k, e - 1);
      continue;
    }
    // "by the count of the International Organization for Migration", "on the estimate of UN agencies"
    if (POSSESSED.has(w) && t[k - 1]?.lower === "the" && /^(?:by|on|in)$/.test(t[k - 2]?.lower ?? "") && t[k + 1]?.lower === "of") {
      const e = npEnd(t, k + 2);
      const c = e > k + 2 ? resolveSpeaker(t, k + 2, e, d) : null;
      if (c) { cues.push({ at: k, text: `${t[k - 2].text} the ${w} of`, speakerText: txt(t, k + 2, e), claimant: c, scope: "both" }); k = e - 1; continue; }
    }
    // "The Israeli figure for its own losses stands at 22 soldiers": a state's account by its adjective
    if (/^(?:figure|figures|count|tally|estimate|account|version|assessment)$/.test(w) && t[k - 2]?.lower === "the" && /^[A-Z][a-z]+$/.test(t[k - 1]?.text ?? "")) {
      const state = findGazetteerEntry(`${t[k - 1].text} government`);
      if (state && state.side !== "media") { cues.push({ at: k, text: w, speakerText: txt(t, k - 2, k), claimant: { name: state.name, side: state.side, person: false, entry: state }, scope: "right" }); continue; }
    }
    // ("the health ministry's first count", "its last published tally": a word or two may describe the count)
    const own = OWNED_COUNT.test(t[k - 1]?.lower ?? "") ? (OWNED_COUNT.test(t[k - 2]?.lower ?? "") ? 2 : 1) : 0;
    if (POSSESSED.has(w) && (/['’]s$/.test(t[k - 1 - own]?.text ?? "") || ["its", "their"].includes(t[k - 1 - own]?.lower ?? ""))) {
      const s = npStart(t, k - own);
      const c = resolveSpeaker(t, s, k - own, d);
      if (c) cues.push({ at: k, text: w, speakerText: txt(t, s, k - own), claimant: c, scope: "right" });
      continue;
    }
    // "X said, citing hospital officials": the cited source is the claimant of what X said
    if (w === "citing" || w === "quoting") {
      const e = npEnd(t, k + 1);
      const c = resolveSpeaker(t, k + 1, e, d);
      const prev = cues[cues.length - 1];
      if (c && e > k + 1) cited = { at: k, claimant: c, text: txt(t, k + 1, e) };
      if (c && e > k + 1) {
        if (prev) cues[cues.length - 1] = { ...prev, claimant: c, speakerText: txt(t, k + 1, e) };
        else cues.push({ at: k, text: w, speakerText: txt(t, k + 1, e), claimant: c, scope: "both" });
      }
      continue;
    }
    if (PARTICIPLE.has(w)) {
      // "..., telling reporters", "while conceding": the speaker is the nearest phrase naming one
      let c: Claimant | null = null;
      let speakerText = "";
      if (t[k - 1]?.lower === "said" || t[k - 2]?.lower === "said") c = cues[cues.length - 1]?.claimant ?? null;
      // "The UN said 2.5 million people had fled, adding that ...": the sentence's speaker goes on
      if (!c && w === "adding" && cues.length) c = cues[cues.length - 1].claimant;
      for (let b = k - 1; b >= 0 && !c; b--) {
        if (!(/^[A-Z]/.test(t[b].text) || ROLE.has(bare(t[b])))) continue;
        const s = npStart(t, b + 1);
        // ("called on Washington to suspend the raids, saying": the object of a preposition is not who says)
        c = /^(?:on|to|for|against|at|into)$/.test(t[s - 1]?.lower ?? "") ? null : resolveSpeaker(t, s, b + 1, d);
        if (c) speakerText = txt(t, s, b + 1);
        b = Math.min(b, s);
      }
      if (c) cues.push({ at: k, text: w, speakerText, claimant: c, scope: "right" });
      continue;
    }
    // "Russian MoD briefing (Rear Admiral Oleg Ignasyuk, head of the Reconciliation Centre): "...", "Military Operations
    // Command: "Our forces are in Hama."": a name before a colon that opens a quote is the quote's speaker
    if (w === ":" && k > 0 && QUOTE_MARK.has(t[k + 1]?.text ?? "")) {
      let s = npStart(t, k);
      let e = k;
      // ("... briefing (Rear Admiral Oleg Ignasyuk, head of the Reconciliation Centre):": the speaker named in brackets)
      if (s === k && t[k - 1].text === ")") {
        const o = t.slice(Math.max(0, k - 16), k).map((x) => x.text).lastIndexOf("(") + Math.max(0, k - 16);
        if (t[o]?.text === "(") { s = o + 1; e = k - 1; }
      }
      const c = s < e ? resolveSpeaker(t, s, e, d) : null;
      if (c && c.side !== "media" && !PRONOUN_WORD.test(t[s].lower)) cues.push({ at: k, text: ":", speakerText: txt(t, s, e), claimant: c, scope: "right", speakerSpan: [s, e] });
      continue;
    }
    // headline tails: "Russian strikes kill 30 civilians - monitor"
    // ("Forwarded from Syrian Arab Army - General Command:" introduces what follows: no headline ends in a colon)
    if ((w === "-" || w === "–" || w === "—") && k > 2 && t.length - k <= 6 && t[k - 1].end < t[k].start && t[t.length - 1].text !== ":") {
      const c = resolveSpeaker(t, k + 1, t.length, d);
      if (c) cues.push({ at: k, text: w, speakerText: txt(t, k + 1, t.length), claimant: c, scope: "left" });
      continue;
    }
    if (w === "by" && k > 0 && ["reported", "claimed", "estimated", "given", "reports", "compiled", "released", "published", "provided", "confirmed", "cited", "documented", "recorded"].includes(t[k - 1].lower)) {
      const e = npEnd(t, k + 1);
      const c = resolveSpeaker(t, k + 1, e, d);
      if (c) cues.push({ at: k - 1, text: `${t[k - 1].text} by`, speakerText: txt(t, k + 1, e), claimant: c, scope: "both", speakerSpan: [k + 1, e] });
      continue;
    }
    // "US officials were speaking of more than 1,100 targets", "he spoke of 40 dead": speaking of a figure asserts it
    const speakOf = /^(?:spoke|speak|speaks|speaking|talked|talking)$/.test(w) && t[k + 1]?.lower === "of";
    if ((!VERBS.has(w) && !speakOf) || !/^[a-z]/.test(t[k].text)) continue; // "United States" is not a verb
    // ("called on Washington to suspend", "called for", "so-called": no naming of a figure)
    // (nor "of whom it described as members of al-Qaeda": a pronoun that describes names no new speaker)
    if (/^(?:called|calls)$/.test(w) && (/^(?:on|for|off|in|up|out|back|it|him|her|them|this|that)$/.test(t[k + 1]?.lower ?? "") || t[k - 1]?.text === "-")) continue;
    if (/^(?:called|calls|described|describes)$/.test(w) && /^(?:it|he|she|they|we)$/.test(t[k - 1]?.lower ?? "")) continue;
    // ("Islamic State claims attack", "IS claimed responsibility for the bombing": owning a deed is no count of its toll)
    if (/^(?:claims|claimed|claim)$/.test(w) && /^(?:attack|attacks|responsibility|credit|bombing|bombings|blast|blasts)$/.test(t[k + 1]?.lower ?? "")) continue;
    // subject before the verb
    let v = k;
    if (speakOf && /^(?:were|was|are|is|have|has|had)$/.test(t[v - 1]?.lower ?? "")) v--;
    // "the ministry tonight put", "the Observatory on Monday said": a time between subject and verb
    for (;;) {
      if (v > 0 && SKIP_BEFORE_VERB.has(t[v - 1].lower)) v--;
      else if (v > 1 && /^[A-Z][a-z]+day$/.test(t[v - 1].text) && t[v - 2].lower === "on") v -= 2;
      // ("A military statement on July 17 said")
      else if (v > 2 && t[v - 1].type === "num" && MONTH.test(t[v - 2].text) && t[v - 3].lower === "on") v -= 3;
      else break;
    }
    // "Turkey, which says it ..."
    if ((t[v - 1]?.lower === "which" || t[v - 1]?.lower === "who") && t[v - 2]?.text === ",") v -= 2;
    // "The ministry, which uses the term for fighters killed, wounded or captured, said": a relative
    // clause set off by commas stands between the subject and its verb (only where a speaker opens it)
    else if (t[v - 1]?.text === "," && v > 3) v = pastRelative(t, v - 1, d) ?? v;
    // ("Human Rights Watch interviewed survivors and concluded that": the subject is before the first verb)
    let s = /^(?:and|but)$/.test(t[v - 1]?.lower ?? "") ? v : npStart(t, v);
    // "a Turkish official who spoke on condition of anonymity told": a relative clause with no commas
    if (s === v) {
      let w = v - 1;
      while (w > 0 && w > v - 12 && t[w].type === "word" && t[w].lower !== "who") w--;
      const s2 = t[w]?.lower === "who" ? npStart(t, w) : w;
      if (s2 < w && PERSON_HEAD.test(t[w - 1].lower)) { s = s2; v = w; }
    }
    // "Witnesses near the market said", "Residents inside the base told": people placed by a phrase
    // whose words make no name (a place phrase of name words, "Doctors at the hospital", is read above)
    if (s === v) {
      let p = v - 1;
      while (p > 1 && p > v - 7 && t[p].type === "word" && !PLACED_BY.has(t[p].lower)) p--;
      if (PLACED_BY.has(t[p]?.lower ?? "") && (UNNAMED.has(t[p - 1].lower) || PERSON_HEAD.test(t[p - 1].lower))) {
        const s2 = npStart(t, p);
        if (s2 < p) { s = s2; v = p; }
      }
    }
    // "the Free Syrian Army groups fighting alongside it say": a pronoun after a preposition ends a phrase
    // about the subject, not the subject itself
    if (v - s === 1 && /^(?:it|them|him|her)$/.test(t[s].lower) && /^(?:alongside|with|for|against|beside|behind|near)$/.test(t[s - 1]?.lower ?? "")) {
      let p = s - 2;
      while (p > 0 && p > s - 6 && !/(?:ing|ed)$/.test(t[p].lower)) p--;
      const s2 = /(?:ing|ed)$/.test(t[p]?.lower ?? "") ? npStart(t, p) : p;
      if (s2 < p) { s = s2; v = p; }
    }
    // "A Syrian military source quoted by the state news agency SANA said": the source, not the agency
    if (s > 2 && t[s - 1].lower === "by" && /^(?:quoted|cited)$/.test(t[s - 2].lower)) {
      const s2 = npStart(t, s - 2);
      if (s2 < s - 2 && resolveSpeaker(t, s2, s - 2, d)) s = s2;
    }
    const relayed = cited && cited.at > s && cited.at < v ? cited : null;
    // ("... source quoted by SANA said": the speaker's name ends before "quoted")
    let subjectEnd = s;
    while (subjectEnd < v && t[subjectEnd].lower !== "quoted" && t[subjectEnd].lower !== "cited") subjectEnd++;
    let c = relayed ? relayed.claimant : s < v ? resolveSpeaker(t, s, subjectEnd, d) : null;
    // "an open-source research group concluded": an indefinite description introduces someone new,
    // of no side the text gives, where the bare noun would point back to a body named before
    const indefinite = !relayed && subjectEnd === s + 1 ? indefiniteStart(t, s) : -1;
    if (indefinite >= 0) c = { name: txt(t, indefinite + 1, s + 1), side: "other", person: false };
    // "It was the governor, X, who gave the toll: 18 dead, he said": "he" is the person named earlier in the sentence
    // "Syria's presidency condemned the strikes, which it said had killed three people": "it" in a relative
    // clause is the body that opens the sentence
    const opener = subjectEnd === s + 1 && t[s].lower === "it" && /^(?:which|that)$/.test(t[s - 1]?.lower ?? "") ? npEnd(t, 0) : 0;
    const byOpener = opener > 0 && opener < s - 1 ? resolveSpeaker(t, 0, opener, d) : null;
    if (byOpener) c = byOpener;
    const earlier = cues.filter((x) => x.claimant.person).pop();
    if (earlier && subjectEnd === s + 1 && /^(?:he|she)$/.test(t[s].lower)) c = earlier.claimant;
    // ("According to figures shared by a Western official ..., and the official estimated": "the official" too)
    else if (earlier && subjectEnd === s + 2 && t[s].lower === "the" && /^(?:official|source|commander|spokesman|spokeswoman)$/.test(t[s + 1].lower)
      && earlier.speakerText.toLowerCase().includes(t[s + 1].lower)) c = earlier.claimant;
    let speakerText = relayed ? relayed.text : txt(t, s, subjectEnd);
    let speakerSpan: [number, number] = [s, v];
    let scope: Cue["scope"] = "right";
    const before = t[s - 1]?.lower;
    // ("the 40 that the Pentagon says", but not "notes that the Pentagon says 58": a complement of another verb of saying)
    if (c && !byOpener && (before === "that" || before === "which") && s > 1 && ["says", "said", "say", "estimates"].includes(w)
      && !/^(?:notes|noted|writes|wrote|argues|argued|reports|reported|adds|added|says|said|claims|claimed|insists|insisted|points|pointed|out)$/.test(t[s - 2]?.lower ?? "")) scope = "relative";
    // "The Russian Defence Ministry's centre for reconciliation said": a body's name ends right before
    // the verb even where its words are lower case ones no speaker phrase is made of
    // ("The UN's human rights office in Geneva says": a place after the name is still the name's)
    if (!c && v > 0 && t[v - 1].type === "word") {
      const ent = findEntities(t, Math.max(0, v - 10), v, true).pop();
      if (ent && (ent.end === v || placeTail(t, ent.end, v))) {
        const s2 = npStart(t, ent.i);
        c = resolveSpeaker(t, s2, v, d);
        if (c) { speakerText = txt(t, s2, v); speakerSpan = [s2, v]; }
      }
    }
    // "Syrian state television went further and said": the subject of a verb coordinated before "and"
    // ("The ministry did not comment on the strike but said separately that ...")
    if (!c && (t[v - 1]?.lower === "and" || t[v - 1]?.lower === "but")) {
      for (let b = v - 2; b >= Math.max(1, v - 9) && (t[b].type === "word" || t[b].type === "num"); b--) {
        if (!/^[a-z]/.test(t[b].text)) continue;
        const s2 = npStart(t, b);
        // (the subject opens its clause: "Human Rights Watch investigated eight NATO strikes and found" is not NATO's)
        const opens = s2 === 0 || t[s2 - 1].type === "punct" || /^(?:and|but)$/.test(t[s2 - 1].lower);
        const c2 = s2 < b && opens ? resolveSpeaker(t, s2, b, d) : null;
        if (c2) { c = c2; speakerText = txt(t, s2, b); speakerSpan = [s2, b]; break; }
      }
    }
    if (!c) {
      // inverted: ", said White House spokesman Josh Earnest"
      const e = npEnd(t, k + 1);
      const c2 = resolveSpeaker(t, k + 1, e, d);
      if (c2 && e > k + 1) { c = c2; speakerText = txt(t, k + 1, e); speakerSpan = [k + 1, e]; scope = "left"; }
    }
    if (!c) continue;
    if (scope === "right") {
      // what follows the verb: end of sentence or a comma means the content came before
      let a = k + 1;
      while (a < t.length && (t[a].lower === "on" || t[a].lower === "in" || /^[A-Z][a-z]+day$/.test(t[a].text) || ["today", "tonight", "yesterday", "a", "statement", "friday"].includes(t[a].lower))) a++;
      const nx = t[a];
      if (nx && nx.text === "," && (before === "," || s === 0)) scope = "both";
      // (a straight quote after the verb closes a quote only if one opened before it: 'said "terrorist groups" had shelled')
      else if (!nx || nx.text === "." || nx.text === "," || nx.text === ";" || nx.lower === "adding" || nx.text === "”" || (nx.text === "\"" && t.slice(0, k).some((x) => x.text === "\"" || x.text === "“"))) scope = "left";
      else if (before === "," || before === "”" || before === "\"") scope = "both";
    }
    cues.push({ at: k, text: t[k].text, speakerText, claimant: c, scope, speakerSpan });
  }
  return cues;
}
