// Definite descriptions of a speaker ("the ministry", "the monitor", "the official", "its volunteers"):
// the body or person named before that the words fit, or the one the article's states make likely.
// Split from speaker.ts, which reads the rest of a speaker phrase.
import type { GazetteerEntry } from "./types";
import type { Token } from "./tokens";
import { bare } from "./tokens";
import { findGazetteerEntry, listGazetteer, speakerBody } from "./gazetteer";
import { countryInPlay } from "./states-in-play";
import type { Claimant, Discourse } from "./speaker";
import { BODY_HEAD, MINISTRY_RE, NATIONALITY, LOCAL_BODY, BODY_WORD, BODY_KIND, GENERIC_ENTRY, PERSON_ROLE, localOfficialSide } from "./speaker-words";

export function claimantOf(e: GazetteerEntry, person: boolean): Claimant {
  const body = speakerBody(e);
  return { name: body.name, side: body.side, person: person || e.kind === "person", entry: body };
}

function ministryOf(country: string | null): GazetteerEntry | undefined {
  return country ? listGazetteer().find((e) => e.kind === "ministry" && e.name.startsWith(`${country} `)) : undefined;
}

/** The latest body a definite description ("the monitor", "the group") fits; named bodies before generic ones. */
function describes(d: Discourse, head: string, generic: boolean): Claimant | null {
  // ("the ministry" after "the interior ministry says": a body no gazetteer entry backs, by the word it was called)
  return d.recent((c) => (!generic && !c.entry && c.called === head) || !!c.entry && GENERIC_ENTRY.has(c.entry.name) === generic
    && ((c.entry.descriptors ?? []).some((x) => x === head || x === head.replace(/s$/, "")) || (!generic && c.called === head)
      // "the group", "the organisation": any named body of that kind
      || (BODY_WORD.has(head) && BODY_KIND.has(c.entry.kind))));
}

const MONITOR_HEAD = new Set(["monitor", "observatory", "watchdog"]);

/**
 * Resolves the speaker words of a definite description. A claimant, null when the description points
 * nowhere (the figure falls to the outlet), or undefined when the words are no description to read here.
 */
export function resolveDescription(t: Token[], words: Token[], d: Discourse): Claimant | null | undefined {
  const first = bare(words[0]);
  const head = bare(words[words.length - 1]);
  // "Our correspondent in Tripoli says": the outlet's own reporter, wherever posted, is the outlet's voice
  if (first === "our" && /^(?:correspondent|correspondents|reporter|reporters|journalists|team)$/.test(bare(words[1] ?? words[0]))) return d.media();
  // ("The Tigris Relief Network" is a name the gazetteer does not know, not "the network" described)
  const proper = words.slice(1, -1).filter((w) => /^[A-Z]/.test(w.text) && !(bare(w) in NATIONALITY)).length >= 2;
  if (words.length > 5 || proper || !(["the", "this", "that", "its", "one"].includes(first) || words.length === 1)) return undefined;
  // "By this agency's count", "this newspaper has counted": the outlet speaking of itself
  const self = (first === "this" && words.length === 2) || (words.length === 1 && t[t.indexOf(words[0]) - 1]?.lower === "this");
  if (self && /^(?:agency|newspaper|paper|website|site|outlet|channel|programme|program|desk|publication)$/.test(head)) return d.media();
  // "That source said", "the source added": the unnamed source quoted before
  // ("its head", "its spokesman": the person of the body named before, not the last person named)
  const hit = head === "source" || head === "sources" ? d.recent((c) => /\bsources?\b/i.test(c.name))
    : first === "its" && PERSON_ROLE.has(head) ? d.recent((c) => !c.person && c.side !== "media")
    : PERSON_ROLE.has(head) && !head.startsWith("official")
    ? d.recent((c) => c.person && c.side !== "media")
    : ["statement", "report", "figures", "tally", "data", "count", "estimate", "bulletin", "analysis", "findings", "database"].includes(head)
      ? d.recent((c) => c.side !== "media")
      : head.startsWith("official")
    ? d.recent((c) => !["media", "monitor", "rebels"].includes(c.side) && (c.person || ["ministry", "military", "government", "official"].includes(c.entry?.kind ?? "")))
    : describes(d, head, false) ?? describes(d, head, true);
  // ("the Jordanian army" after "its army" meant Syria's: a nationality the phrase names must agree)
  const nation = words.slice(1).map((w) => (/^[A-Z]/.test(w.text) ? NATIONALITY[bare(w)] : undefined)).find(Boolean);
  if (hit && (!nation || nation === hit.side)) return { ...hit, person: hit.person || PERSON_ROLE.has(head) };
  // ("a regional intelligence source I spoke to described ... That source said": a source met in passing, never
  // quoted before, is still an unnamed source, not the outlet)
  if (!hit && !nation && (head === "source" || head === "sources") && words.length <= 3) return { name: words.map((w) => w.text).join(" ").replace(/^(?:the|this|that) /i, ""), side: "other", person: true };
  // "The health ministry put the toll at 80" after "The Houthi-run health ministry in Sanaa said": a body
  // no gazetteer entry backs, named before by the same words
  if (!hit && !nation && BODY_HEAD.test(head)) {
    const same = words.length >= 3 ? bare(words[words.length - 2]) + " " + head : head;
    const named = d.recent((c) => c.side !== "media" && !c.entry && ` ${c.name.toLowerCase()} `.includes(` ${same} `));
    if (named) return { ...named, person: false };
  }
  // "the Defence Ministry" before any ministry was named: the one of the country in play
  // "the Ministry of Defence" is "the defence ministry"
  const mof = /ministry of (defen[cs]e|foreign affairs)$/i.exec(words.map((w) => w.text).join(" "));
  const two = mof ? (mof[1].toLowerCase().startsWith("foreign") ? "foreign ministry" : "defence ministry")
    : words.length >= 2 ? `${bare(words[words.length - 2]).replace("defense", "defence")} ${head}` : head;
  const ctx = d.recent((c) => c.side !== "media" && c.side !== "monitor" && c.side !== "un");
  const guess = (ctx && listGazetteer().find((e) => e.side === ctx.side && (e.descriptors ?? []).includes(two)))
    // nothing named yet: the ministry of the country the article is about ("The ministry says", France striking Raqqa)
    || (d.country && words.length <= 2 && head === "ministry" && listGazetteer().find((e) => e.kind === "ministry" && e.name.startsWith(`${d.country} `)))
    // or of the one country its own sentence names ("Russian warplanes flew ..., the ministry said")
    || (words.length <= 2 && head === "ministry" && ministryOf(countryInPlay(t.map((x) => x.text).join(" "), 1)))
    // "the Ministry of Defence" in an article about Iraq: Iraq's, wherever the gazetteer files it
    || (mof && d.state ? findGazetteerEntry(`${d.state} ${two.replace(/^(\w)/, (c) => c.toUpperCase()).replace(" ministry", " Ministry")}`) : undefined);
  if (guess) return claimantOf(guess, PERSON_ROLE.has(head));
  // "the interior ministry says", "the Ministry of Health": a ministry of the state the article is about
  const branch = MINISTRY_RE.exec(words.map((w) => w.text).join(" "));
  if (branch && d.state && NATIONALITY[d.state.toLowerCase()]) {
    const what = (branch[1] ?? branch[2]).toLowerCase().replace(/^\w/, (c) => c.toUpperCase());
    return { name: `${d.state} ${what} Ministry`, side: NATIONALITY[d.state.toLowerCase()], person: PERSON_ROLE.has(head), called: "ministry" };
  }
  // "the army said" with no army named yet: the army of the government the article is about
  const army = head === "army" && words.length <= 2 && d.gov ? listGazetteer().find((e) => e.side === d.gov && (e.aliases.includes("Syrian army") || e.aliases.includes("Iraqi army"))) : null;
  if (army && d.country !== "Turkish") return claimantOf(army, false);
  // "the monitor" with nothing named yet: the monitor the gazetteer lists first for that word
  // (only a word that says monitor: "the group", "the network" with nothing named is no one in particular)
  const dflt = MONITOR_HEAD.has(head) ? listGazetteer().find((e) => e.side === "monitor" && (e.descriptors ?? []).includes(head)) : undefined;
  if (dflt) return claimantOf(dflt, false);
  // "the municipality says", "the hospital said": a local body nobody named before, of no known side
  // ("citing the camp's administration": the body of a place named by a common noun is a local one)
  if (words.length === 3 && first === "the" && /^[a-z]+['’]s$/.test(words[1].text) && BODY_HEAD.test(head)) return { name: words.slice(1).map((w) => w.text).join(" "), side: "other", person: false };
  // ("according to the local water authority": a local body of any kind)
  if ((words.length <= 3 && LOCAL_BODY.has(head)) || (words.length <= 4 && words.some((w) => bare(w) === "local") && BODY_HEAD.test(head))) return { name: words.map((w) => w.text).join(" ").replace(/^(?:the|this|that|its) /i, ""), side: (/^(?:municipality|mayor|governorate)$/.test(head) && localOfficialSide(t, d)) || "other", person: false };
  // "Its volunteers said", "its field teams say": the people of the body named before speak for it
  if (words.length <= 3 && first === "its") { const body = d.recent((c) => !c.person && c.side !== "media"); if (body) return PERSON_ROLE.has(head) ? { ...body, person: true } : body; }
  // (a name the gazetteer does not know, "the Red Crescent", is still a named source: read on)
  // ("the Jordanian army" names its nationality: read on)
  if (words.length <= 3 && ["the", "this", "that", "its"].includes(first) && !words.slice(1).every((w) => /^[A-Z]/.test(w.text))
    && !words.some((w) => /^[A-Z]/.test(w.text) && bare(w) in NATIONALITY)) return null;
  return undefined;
}
