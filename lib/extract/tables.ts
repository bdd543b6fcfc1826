// Markdown and text tables: a row's cells run together as one sentence, so a bare number in a
// "Wounded" column reads as nothing. The header row says what each column counts: its words follow
// a numeric cell as if written after the figure ("4" under "Wounded" reads "4 wounded"), and a
// row-number column ("#") is no figure at all.
import { tokenize, type Token } from "./tokens";
import { eventAt, nounAt } from "./lexicon";

const SEPARATOR_RE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const ROW_NUMBER = /^(?:#|no\.?|n°|row|item)$/i;

export const isTableSeparator = (line: string) => SEPARATOR_RE.test(line.trim());

interface Cell { text: string; start: number }

function cellsOf(row: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let k = 0; k <= row.length; k++) {
    if (k === row.length || row[k] === "|") {
      const raw = row.slice(from, k);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) cells.push({ text: raw.trim(), start: offset + from + lead });
      from = k + 1;
    }
  }
  return cells;
}

export interface TableHeader { columns: Array<{ words: Token[]; rowNumber: boolean; counts: boolean; source: boolean; actor: boolean }>; leading: boolean }

const SOURCE_COLUMN = /^(?:source|sources|who says so|who says|claimed by|according to|claimant|reported by|attributed to)\b/i;
// ("Perpetrator (per prosecutors)", "Carried out by", "Blamed on"): who did what the row counts
const ACTOR_COLUMN = /^(?:perpetrator|perpetrators|attacker|attackers|carried out by|blamed on|responsible|retaken by|struck by|by whom)\b/i;

/** Reads a header row: which columns name what is counted, which number the rows. */
export function readHeader(row: string): TableHeader {
  const leading = row.trim().startsWith("|");
  return {
    leading,
    columns: cellsOf(row, 0).map((c) => {
      const words = tokenize(c.text.toLowerCase(), 0);
      const counts = words.some((_, k) => !!eventAt(words, k) || !!nounAt(words, k));
      const source = SOURCE_COLUMN.test(c.text);
      return { words, rowNumber: ROW_NUMBER.test(c.text), counts: counts && !source, source, actor: ACTOR_COLUMN.test(c.text) };
    }),
  };
}

/** The row's tokens, cell by cell, with each numeric cell followed by what its column counts. */
export function rowTokens(row: string, offset: number, header: TableHeader): Token[] {
  const out: Token[] = [];
  cellsOf(row, offset).forEach((cell, i) => {
    const col = header.columns[i];
    const toks = tokenize(cell.text, cell.start);
    const numeric = toks.some((x) => x.type === "num") || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b/i.test(cell.text);
    if (col?.rowNumber && /^\d+$/.test(cell.text)) return;
    out.push(...toks);
    if (numeric && col?.counts) {
      const end = toks.length ? toks[toks.length - 1].end : cell.start;
      // zero-width words: they carry meaning, never offsets of their own
      for (const w of col.words) out.push({ ...w, start: end, end });
    }
  });
  return out;
}

/** The row's cell under a "Source" column (or, with `actor`, a "Perpetrator" column), as tokens. */
export function sourceTokens(row: string, offset: number, header: TableHeader, actor = false): Token[] | null {
  const i = header.columns.findIndex((c) => (actor ? c.actor : c.source));
  const cell = i >= 0 ? cellsOf(row, offset)[i] : undefined;
  return cell ? tokenize(cell.text, cell.start) : null;
}

/** Cells that name their own source in brackets at the end: "22 fighters killed (SOHR)". */
export function cellSources(row: string, offset: number): Array<{ start: number; end: number; source: Token[] }> {
  const out: Array<{ start: number; end: number; source: Token[] }> = [];
  for (const cell of cellsOf(row, offset)) {
    const m = /\(([^()]{2,60})\)\s*$/.exec(cell.text);
    if (m) out.push({ start: cell.start, end: cell.start + cell.text.length, source: tokenize(m[1], cell.start + m.index + 1) });
  }
  return out;
}
