// Who a whole document speaks for: the issuer of a release, bulletin or situation report, and the
// organisation an interview is with. Split from index.ts.
import type { Token } from "./tokens";
import type { Sentence } from "./sentences";
import { findEntities, speakerBody, type EntityMatch } from "./gazetteer";
import { resolveSpeaker, type Claimant, type Discourse } from "./speaker";
import { bare, tokenize } from "./tokens";
import { isPlaceName } from "./location";

const COUNTRY = new Set(["syria", "iraq", "turkey", "türkiye", "iran", "russia", "israel", "jordan", "lebanon", "yemen"]);

/** A press release speaks for its issuer where it names no other source. */
export function issuerOf(text: string, toks: Token[][], d: Discourse): Claimant | null {
  // releases and the situation reports of agencies ("Flash Update No. 9", "Situation Report")
  // and official documents in translation: "BULLETIN OF THE RUSSIAN CENTRE ...", "unofficial translation", "Report SDRM/R/2022/07"
  // and a body's numbered or periodic releases and statements: "Release No. 20180531-02", "MONTHLY CIVILIAN CASUALTY REPORT",
  // "STATEMENT OF THE MINISTRY OF DEFENCE OF ...", "Summary of the report"
  if (!/press release|for immediate release|news release|media release|flash update|situation report|sitrep|humanitarian (?:update|bulletin)|unofficial translation|translated from|^bulletin of|^report [A-Z0-9]|field (?:report|update)|release no\b|^statement (?:of|by) the|summary of the report|(?:monthly|weekly|quarterly|annual) (?:civilian casualty |casualty |progress )?report/im.test(text.slice(0, 400))) return null;
  // "STATEMENT OF THE MINISTRY OF DEFENCE OF THE KINGDOM OF BELGIUM ON ALLEGATIONS MADE BY ...": the body the heading names
  const heading = /^(?:STATEMENT|COMMUNIQU[EÉ]|PRESS RELEASE|DECLARATION) (?:OF|BY|FROM) THE ([A-Z][A-Z ,'-]{5,90}?)(?: ON | REGARDING | CONCERNING | ABOUT |\n|$)/.exec(text);
  if (heading) {
    const name = heading[1].toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|The|And|For)\b/g, (w) => w.toLowerCase());
    const nt = tokenize(name, 0);
    const c = resolveSpeaker(nt, 0, nt.length, d);
    if (c && c.side !== "media" && c.side !== "other") return { ...c, name: c.entry ? c.name : name, person: false };
  }
  // (the first body named: an issuer the gazetteer does not know, spelled out with its acronym at the top,
  // "SYRIAN NETWORK FOR DOCUMENTING VIOLATIONS (SNDV)", comes before the states its summary names)
  // ("Syria Civilian Rights Network (SCRN)": a body spelled out with its acronym is itself, not the state its
  // name opens with; "NORTH-EAST SYRIA: ESCALATION OF HOSTILITIES", "18:00 (Damascus time)": a country or
  // capital named alone is a place, and issues the document only when no body is named in its first lines)
  let country: Claimant | null = null;
  for (let k = 0; k < Math.min(8, toks.length); k++) {
    const ents = findEntities(toks[k]).filter((m) => m.entry.side !== "media");
    // (or a state's formal name heading the line: an OCHA report's "SYRIAN ARAB REPUBLIC: EAST GHOUTA")
    const lone = (m: EntityMatch) => (m.end - m.i === 1 && (COUNTRY.has(bare(toks[k][m.i])) || isPlaceName(toks[k][m.i].text)))
      || (m.i === 0 && m.entry.kind === "government" && (m.end === toks[k].length || toks[k][m.end].text === ":"));
    const ent = ents.find((m) => !lone(m));
    if (ent) { const body = speakerBody(ent.entry); return { name: body.name, side: body.side, person: false, entry: body }; }
    const line = toks[k].map((x) => x.text).join(" ").toLowerCase();
    for (const c of d.acronyms.values()) if (line.includes(c.name.toLowerCase())) return c;
    if (ents.length && !country) { const body = speakerBody(ents[0].entry); country = { name: body.name, side: body.side, person: false, entry: body }; }
  }
  if (country) return country;
  const head = text.slice(0, 400);
  for (const c of d.acronyms.values()) if (head.includes(c.name)) return c;
  return null;
}

/** The organisation an interview is with: "We spoke to Dr X, director of operations at MSF". */
export function intervieweeOf(prep: Array<{ s: Sentence; t: Token[] }>): Claimant | null {
  const at = prep.slice(0, 8).findIndex((p) => /\b(?:we (?:spoke|talked) (?:to|with)|interview(?:ed)? with)\b/i.test(p.s.text));
  if (at < 0) return null;
  // "Colonel X has been the spokesman of the US-led coalition against Islamic State. We spoke to him ...":
  // a pronoun is the person the sentence before introduced, and the first body there is his
  const back = /\b(?:spoke|talked) (?:to|with) (?:him|her)\b/i.test(prep[at].s.text) && at > 0;
  const ents = findEntities(back ? prep[at - 1].t : prep[at].t).filter((m) => m.entry.side !== "media");
  const ent = back ? ents[0] : ents.pop();
  if (!ent) return null;
  const body = speakerBody(ent.entry);
  return { name: body.name, side: body.side, person: false, entry: body };
}
