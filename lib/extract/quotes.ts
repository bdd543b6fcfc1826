// Quotes and whose words they are: the spans of quoted text in an article, and the attribution cue that
// covers a quote whose own sentence names no speaker. Split from index.ts.
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import type { Cue } from "./attribution";
import { findEntities, speakerBody } from "./gazetteer";
import { NON_COMBATANT } from "./agent-sides";

// a sentence that closes a quote and then names its speaker: '"...," Shoigu said.'
const QUOTED_CUE = /[,!?]["”]\s+\S/;
export const SPEECH = new Set(["said", "says", "say", "told", "tell", "tells", "added", "stated", "confirmed", "claimed"]);

/** What quoteCue reads of a prepared sentence. */
export interface QuotedSentence { s: Sentence; t: Token[]; cues: Cue[] }

export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  // char codes, not one-character strings: this runs over every character of every article
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 10 && text.charCodeAt(k + 1) === 10) {
      // a quote that runs over paragraphs opens each one with a quote mark and closes only in the last:
      // the paragraph so far is quoted too
      const next = text.charCodeAt(k + 2);
      if (open >= 0 && (next === 34 || next === 0x201c)) spans.push([open, k]);
      open = -1;
    }
    if (ch === 0x201c || (ch === 34 && open < 0)) open = k;
    else if ((ch === 0x201d || ch === 34) && open >= 0) { spans.push([open, k]); open = -1; }
  }
  return spans;
}

/** The body a line introducing a quote names when no verb of saying does: "Here is the text of the Joint Operations Command statement:" */
function introducedBy(line: QuotedSentence): Cue | null {
  if (!/\b(?:statement|text|communiqu[eé]|bulletin|release|message|post)\b/i.test(line.s.text)) return null;
  const named = findEntities(line.t).filter((m) => !NON_COMBATANT.has(m.entry.side));
  const sides = new Set(named.map((m) => speakerBody(m.entry).side));
  if (named.length === 0 || sides.size !== 1) return null;
  const body = speakerBody(named[0].entry);
  const claimant = { name: body.name, side: body.side, person: false, entry: body };
  return { at: named[0].i, text: ":", speakerText: line.t.slice(named[0].i, named[0].end).map((x) => x.text).join(" "), claimant, scope: "right" };
}

export function quoteCue(prep: QuotedSentence[], span: [number, number], spans: Array<[number, number]> = [], depth = 0): Cue | null {
  for (let k = 0; k < prep.length; k++) {
    const { s, cues } = prep[k];
    if (span[1] >= s.start && span[1] <= s.end) {
      const after = cues.find((c) => prep[k].t[c.at].start > span[1]);
      if (after) return after;
      const nx = prep[k + 1];
      const lead = nx?.cues.find((c) => c.at <= 4 && c.scope !== "right");
      if (lead && nx.s.para === s.para) return lead;
    }
  }
  for (let k = 0; k < prep.length; k++) {
    const p = prep[k];
    if (span[0] >= p.s.start && span[0] <= p.s.end) {
      const before = p.cues.filter((c) => p.t[c.at].end <= span[0]);
      if (before.length) return before[before.length - 1];
      // "Abdel Rahman told AFP:" on the line before the quote
      const prev = prep[k - 1];
      if (prev && /:\s*$/.test(prev.s.text) && prev.cues.length) return prev.cues[prev.cues.length - 1];
      // ("Here is the text of the Joint Operations Command statement, read out on state television:" before the quote)
      const intro = prev && /:\s*$/.test(prev.s.text) ? introducedBy(prev) : null;
      if (intro) return intro;
      // '"We take every allegation seriously," its spokesman said. "Since the start ...': a quote that
      // opens its sentence right after an attributed quote goes on in the same voice
      if (prev && prev.s.para === p.s.para && span[0] - p.s.start <= 1 && QUOTED_CUE.test(prev.s.text) && prev.cues.length) return prev.cues[prev.cues.length - 1];
      // a paragraph that is one unattributed quote goes on in the voice of the speaker who closed the
      // paragraph before ("..., a coalition spokesman, told reporters on Tuesday. ¶ "We have conducted ...")
      if (prev && prev.s.para !== p.s.para && span[0] - p.s.start <= 1 && prev.cues.some((c) => SPEECH.has(c.text.toLowerCase()))) {
        return prev.cues.filter((c) => SPEECH.has(c.text.toLowerCase())).pop() ?? null;
      }
      // (a paragraph that is one quote after a paragraph that was one quote goes on in that quote's voice)
      const before2 = prev && prev.s.para !== p.s.para && span[0] - p.s.start <= 1 && depth < 3 ? spans.find(([a, b]) => a < prev.s.end && b >= prev.s.end - 2 && a >= prev.s.start - 1 - 2000 && a <= prev.s.end) : undefined;
      if (before2) return quoteCue(prep, before2, spans, depth + 1);
    }
  }
  return null;
}
