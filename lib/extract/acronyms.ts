// Organisations the gazetteer does not know, learnt from the acronym the text defines for them
// ("Sham Medical Relief Alliance (SMRA)"), with the side their name gives them. Split from speaker.ts.
import type { Side } from "./types";
import type { Claimant } from "./speaker";
import { tokenize } from "./tokens";
import { findEntities } from "./gazetteer";

// (a heading in capitals too: "SYRIAN DESERT RIGHTS MONITOR (SDRM)")
// ("Inter-Agency Coordination Hub for North-East Syria (IACH-NES)": hyphenated words and acronyms too)
const ACRONYM_RE = /\b((?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}) (?:(?:for|of|and|the|de|du|FOR|OF|AND|THE) )?){1,6}(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})) \(([A-Z]{2,6}(?:-[A-Z]{2,4})?)\)/g;
// a body named as a monitor of rights or violations speaks as a monitor
export const MONITOR_NAME = /\b(?:Rights|Monitor|Observatory|Documentation|Violations|Detainees|Disappeared|Accountability|Watch|Casualty|Casualties)\b/;
// an inter-agency body is the UN agencies' coordination: "Inter-Agency Coordination Hub", "Inter-Agency Standing Committee"
const UN_NAME = /\bInter-Agency\b/;

/** Adds to `into` each "Name (ACRONYM)" the text defines, under its acronym, unless the gazetteer knows the acronym. */
export function learnAcronyms(text: string, into: Map<string, Claimant>): void {
  for (const m of text.matchAll(ACRONYM_RE)) {
    const [, written, short] = m;
    const name = written === written.toUpperCase() ? written.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(For|Of|And|The|De|Du)\b/g, (w) => w.toLowerCase()) : written;
    const initials = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    if (into.has(short) || !initials.includes(short[0]) || findEntities(tokenize(short, 0)).length) continue;
    const side: Side = MONITOR_NAME.test(name) ? "monitor" : UN_NAME.test(name) ? "un" : "other";
    into.set(short, { name, side, person: false });
  }
}
