// Quotes and whose words they are: the spans of quoted text in an article, and the attribution cue that
// covers a quote whose own sentence names no speaker. Split from index.ts.
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import type { Cue } from "./attribution";

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
    if (ch === 10 && text.charCodeAt(k + 1) === 10) open = -1;
    if (ch === 0x201c || (ch === 34 && open < 0)) open = k;
    else if ((ch === 0x201d || ch === 34) && open >= 0) { spans.push([open, k]); open = -1; }
  }
  return spans;
}

export function quoteCue(prep: QuotedSentence[], span: [number, number]): Cue | null {
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
      // '"We take every allegation seriously," its spokesman said. "Since the start ...': a quote that
      // opens its sentence right after an attributed quote goes on in the same voice
      if (prev && prev.s.para === p.s.para && span[0] - p.s.start <= 1 && QUOTED_CUE.test(prev.s.text) && prev.cues.length) return prev.cues[prev.cues.length - 1];
      // a paragraph that is one unattributed quote goes on in the voice of the speaker who closed the
      // paragraph before ("..., a coalition spokesman, told reporters on Tuesday. ¶ "We have conducted ...")
      if (prev && prev.s.para !== p.s.para && span[0] - p.s.start <= 1 && prev.cues.some((c) => SPEECH.has(c.text.toLowerCase()))) {
        return prev.cues.filter((c) => SPEECH.has(c.text.toLowerCase())).pop() ?? null;
      }
    }
  }
  return null;
}
