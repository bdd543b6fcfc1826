// Sentence splitter that keeps offsets into the original text. Every line break ends a
// sentence: headlines, bullets, live-blog stamps, table rows and transcript turns are lines.
export interface Sentence {
  text: string; start: number; end: number;
  /** index of the paragraph (block of lines without a blank line between them) */
  para: number;
  /** index of the line the sentence sits on */
  line: number;
  /** true for the first sentence of its line */
  lineStart: boolean;
}

// Words whose trailing period does not end a sentence.
const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "maj", "brig", "sgt", "adm", "cmdr", "rep", "sen",
  "gov", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "a.m", "p.m", "approx", "est", "fig", "pp",
  "mt", "ft", "jr", "sr", "prof", "rev", "hon", "messrs", "ret", "retd",
]);

// A sentence end: terminal punctuation, optional closing quotes/brackets, then space and a
// plausible sentence opener; or punctuation glued to the next capitalised word ("there.Already").
const END_RE = /([.!?]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9])|([a-z)]{2}[.!?]["”’]?)(?=[A-Z][a-z])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let line = 0;
  let pos = 0;
  let blankRun = false;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const lineText = text.slice(pos, nl);
    if (lineText.trim() === "") {
      if (!blankRun) para++;
      blankRun = true;
    } else {
      blankRun = false;
      splitLine(lineText, pos, para, line, out);
      line++;
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return out;
}

/** A-Z, a-z or "." */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function splitLine(lineText: string, offset: number, para: number, line: number, out: Sentence[]): void {
  let segStart = 0;
  let first = true;
  END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_RE.exec(lineText))) {
    let cut: number;
    if (m[4] !== undefined) {
      cut = m.index + m[4].length;
    } else {
      // the letters and dots right before the stop, read backwards without slicing the line
      let w0 = m.index;
      while (w0 > segStart && isWordChar(lineText.charCodeAt(w0 - 1))) w0--;
      const word = lineText.slice(w0, m.index).toLowerCase();
      // "U.S." / "a.m." / "Gen." / single initials ("J. Smith") do not end a sentence
      if (m[1] === "." && (ABBREV.has(word) || ABBREV.has(word.replace(/\.$/, "")) || /^[a-z]$/.test(word))) continue;
      cut = m.index + m[1].length + m[2].length;
    }
    push(lineText, segStart, cut, offset, para, line, first, out);
    first = false;
    segStart = cut;
  }
  push(lineText, segStart, lineText.length, offset, para, line, first, out);
}

// Real sentences stay well under this; a run-on "sentence" of thousands of figures (a table
// dumped without stops, hostile input) is cut at spaces, because per-sentence attribution
// and actor rules look at the whole sentence for each figure and would cost its square.
export const MAX_SENTENCE_CHARS = 1_500;

function push(lineText: string, s: number, e: number, offset: number, para: number, line: number,
  first: boolean, out: Sentence[]): void {
  while (s < e && /\s/.test(lineText[s])) s++;
  while (e > s && /\s/.test(lineText[e - 1])) e--;
  if (e <= s) return;
  if (e - s > MAX_SENTENCE_CHARS) {
    const space = lineText.lastIndexOf(" ", s + MAX_SENTENCE_CHARS);
    const cut = space > s + MAX_SENTENCE_CHARS / 2 ? space : s + MAX_SENTENCE_CHARS;
    push(lineText, s, cut, offset, para, line, first, out);
    push(lineText, cut, e, offset, para, line, false, out);
    return;
  }
  out.push({ text: lineText.slice(s, e), start: offset + s, end: offset + e, para, line, lineStart: first });
}
