// Markdown and text tables: a row's cells run together as one sentence, so a bare number in a
// "Wounded" column reads as nothing. The header row says what each column counts: its words follow
// a numeric cell as if written after the figure ("4" under "Wounded" reads "4 wounded"), and a
// row-number column ("#") is no figure at all.
import type { Side } from "./types";
import { tokenize, type Token } from "./tokens";
import { eventAt, nounAt } from "./lexicon";
import { findEntities } from "./gazetteer";
import { resolveSpeaker, type Claimant, type Discourse } from "./speaker";

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

export interface TableHeader { columns: Array<{ words: Token[]; rowNumber: boolean; counts: boolean; source: boolean; actor: boolean; says?: Token[] }> }
// ("US account", "Russian figures", "Monitor's count"): a column of one side's figures, named by the side
const ACCOUNT_COLUMN = /^(.{2,40}?)(?:['’]s)? (?:account|accounts|figure|figures|claim|claims|count|tally|version)$/i;

const SOURCE_COLUMN = /^(?:source|sources|who says so|who says|claimed by|according to|claimant|reported by|attributed to)\b/i;
// ("Perpetrator (per prosecutors)", "Carried out by", "Blamed on"): who did what the row counts
const ACTOR_COLUMN = /^(?:perpetrator|perpetrators|attacker|attackers|carried out by|blamed on|responsible|retaken by|struck by|by whom)\b/i;

/** Reads a header row: which columns name what is counted, which number the rows. */
export function readHeader(row: string): TableHeader {
  return {
    columns: cellsOf(row, 0).map((c) => {
      const words = tokenize(c.text.toLowerCase(), 0);
      const counts = words.some((_, k) => !!eventAt(words, k) || !!nounAt(words, k));
      const source = SOURCE_COLUMN.test(c.text);
      const account = ACCOUNT_COLUMN.exec(c.text);
      return { words, rowNumber: ROW_NUMBER.test(c.text), counts: counts && !source && !account, source, actor: ACTOR_COLUMN.test(c.text),
        says: account ? tokenize(account[1], 0) : undefined };
    }),
  };
}

/** The row's tokens, cell by cell, with each numeric cell followed by what its column counts. */
function rowTokens(cells: Cell[], header: TableHeader): Token[] {
  const out: Token[] = [];
  cells.forEach((cell, i) => {
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

/** The row's cell under the column `which` marks ("Source", "Perpetrator"), as tokens. */
function columnTokens(cells: Cell[], header: TableHeader | null, which: "source" | "actor"): Token[] | null {
  const i = header ? header.columns.findIndex((c) => c[which]) : -1;
  const cell = i >= 0 ? cells[i] : undefined;
  return cell ? tokenize(cell.text, cell.start) : null;
}

/** A cell reads as a name without its article: "Interior ministry" is "the interior ministry", and "Ministry of
 * Defence" in an article about Iraq is Iraq's, not an unknown name. */
function cellSpeaker(cell: Token[], d: Discourse): Claimant | null {
  const bare = resolveSpeaker(cell, 0, cell.length, d);
  if (bare && (bare.entry || bare.side !== "other")) return bare;
  const the = tokenize(`the ${cell.map((x) => x.text).join(" ")}`, 0);
  const read = resolveSpeaker(the, 0, the.length, d);
  return read && (read.entry || read.side !== "other") ? read : bare ?? read;
}

/** Whose figures an account column holds: a body ("SOHR account") or a nationality's officials ("US account"). */
function accountSpeaker(says: Token[], d: Discourse): Claimant | null {
  const c = cellSpeaker(says, d);
  if (c && c.side !== "other" && c.side !== "media") return c;
  const officials = tokenize(`${says.map((x) => x.text).join(" ")} officials`, 0);
  const o = says.length === 1 ? resolveSpeaker(officials, 0, officials.length, d) : null;
  return o && o.side !== "other" && o.side !== "media" ? o : null;
}

export interface TableRow {
  cells: Cell[];
  /** the row's tokens with the header's words after numeric cells; null without a header */
  tokens: Token[] | null;
}

/** Splits a table row into its cells once, and reads what its numeric cells count. */
export function readRow(row: string, offset: number, header: TableHeader | null, lineStart: boolean): TableRow {
  const cells = cellsOf(row, offset);
  return { cells, tokens: header && lineStart ? rowTokens(cells, header) : null };
}

export interface RowSpeakers {
  /** who gives the row's figures: its Source cell, else a speaker in its later cells */
  table: Claimant | null;
  /** cells that name their own source in brackets: "22 fighters killed (SOHR)" */
  cellSources: Array<{ start: number; end: number; claimant: Claimant }>;
  /** the row's "Perpetrator" cell, as a side */
  actor?: Side;
}

/** Who speaks for a row (`t`: the row's tokens as the sentence reads them), read after its sentence's cues. */
export function rowSpeakers(row: TableRow, header: TableHeader | null, t: Token[], d: Discourse): RowSpeakers {
  const source = t.length ? columnTokens(row.cells, header, "source") : null;
  const doer = t.length ? columnTokens(row.cells, header, "actor") : null;
  const cellSources: RowSpeakers["cellSources"] = [];
  row.cells.forEach((cell, i) => {
    // "22 fighters killed (SOHR)", "PMF: 25 fighters killed": a cell that names its own source
    const m = /\(([^()]{2,60})\)\s*$/.exec(cell.text) ?? /^([A-Z][^:|()]{1,40}):\s+\S/.exec(cell.text);
    const src = m ? tokenize(m[1], cell.start + m.index + (m[0].startsWith("(") ? 1 : 0)) : null;
    let who = src ? resolveSpeaker(src, 0, src.length, d) : null;
    // a cell under "US account" is the US's
    const says = header?.columns[i]?.says;
    if (!who && says) who = accountSpeaker(says, d);
    if (who) cellSources.push({ start: cell.start, end: cell.start + cell.text.length, claimant: who });
  });
  return {
    table: source ? cellSpeaker(source, d) : resolveSpeaker(t, Math.floor(t.length / 2), t.length, d),
    cellSources,
    actor: doer ? findEntities(doer).map((m) => m.entry.side).find((x) => !["media", "monitor", "un"].includes(x)) : undefined,
  };
}
