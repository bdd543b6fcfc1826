// Entity gazetteer (data/gazetteer.json): who speaks, under which normalised name and side.
import type { GazetteerEntry } from "./types";
import type { Token } from "./tokens";
import { tokenize, bare } from "./tokens";
import raw from "./data/gazetteer.json";

const ENTRIES: readonly GazetteerEntry[] = raw as GazetteerEntry[];
const BY_NAME = new Map<string, GazetteerEntry>();
for (const e of ENTRIES) BY_NAME.set(e.name.toLowerCase(), e);

interface AliasKey { words: string[]; entry: GazetteerEntry; exactCase: string[] | null }
// first word -> aliases starting with it, longest first
const INDEX = new Map<string, AliasKey[]>();
for (const e of ENTRIES) {
  for (const alias of [e.name, ...e.aliases]) {
    const toks = tokenize(alias, 0);
    const words = toks.map((t) => bare(t));
    // short all-caps aliases ("WHO", "IS", "UN", "AP") only match in capitals
    const exactCase = /^[A-Z.]{2,5}$/.test(alias) ? toks.map((t) => t.text) : null;
    const list = INDEX.get(words[0]) ?? [];
    list.push({ words, entry: e, exactCase });
    INDEX.set(words[0], list);
  }
}
for (const list of INDEX.values()) list.sort((a, b) => b.words.length - a.words.length);

export function listGazetteer(): readonly GazetteerEntry[] { return ENTRIES; }

export function findGazetteerEntry(name: string): GazetteerEntry | undefined {
  const hit = BY_NAME.get(name.toLowerCase());
  if (hit) return hit;
  const toks = tokenize(name, 0);
  const m = matchAt(toks, 0);
  return m && m.end === toks.length ? m.entry : undefined;
}

export function entryByName(name: string): GazetteerEntry | undefined { return BY_NAME.get(name.toLowerCase()); }

export interface EntityMatch { entry: GazetteerEntry; i: number; end: number }

export function matchAt(t: Token[], i: number, limit = t.length): EntityMatch | null {
  const list = INDEX.get(bare(t[i]));
  if (!list) return null;
  for (const a of list) {
    if (i + a.words.length > limit) continue;
    let ok = true;
    for (let x = 0; x < a.words.length && ok; x++) {
      const tok = t[i + x];
      ok = bare(tok) === a.words[x] && (!a.exactCase || tok.text.replace(/'s$|’s$/, "") === a.exactCase[x]);
    }
    if (ok) return { entry: a.entry, i, end: i + a.words.length };
  }
  return null;
}

/** All non-overlapping gazetteer mentions in a token list, left to right. */
export function findEntities(t: Token[], from = 0, to = t.length, bounded = false): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = from; i < to; i++) {
    // bounded: no alias may run past `to` (a shorter one may still fit), as if the tokens ended there
    const m = matchAt(t, i, bounded ? to : t.length);
    if (m && m.end <= to) { out.push(m); i = m.end - 1; }
  }
  return out;
}

/** The body a person speaks for, else the entry itself. */
export function speakerBody(e: GazetteerEntry): GazetteerEntry {
  return (e.memberOf && BY_NAME.get(e.memberOf.toLowerCase())) || e;
}
