// Speaker labels of transcripts, briefings and records: "RUDSKOI:", "SPOKESPERSON (Rear Admiral
// Zeki Aktürk):", "The Minister for the Armed Forces (Mr Graham Ashdown):", "Mr Ashdown:". A turn
// speaks for the body its label names, else for the body the label's name is tied to elsewhere in the
// text, else (a bare role: "SPOKESPERSON", "BRIEFER") for the body that issued the transcript.
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import { tokenize } from "./tokens";
import { findEntities, speakerBody } from "./gazetteer";
import { resolveSpeaker, type Claimant, type Discourse } from "./speaker";

// ("Al-Obeidi:", "Abdel-Rahman:": a hyphenated name is one name)
const LABEL_RE = /^([A-Z][A-Z.'’ -]{1,40}?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z'’-]+){0,2})(?:\s*\(([^)]*)\))?:\s/;
// a hearing's or parliament's record: an honorific or rank in mixed case before the name in capitals
// ("Mr VAN DAM (member):", "Lieutenant General (ret.) VAN DER MEER:", "The CHAIR (Mrs De Wit):")
// (the honorifics both forms of a record's label open with)
const HONORIFIC = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor";
const RECORD_LABEL_RE = new RegExp(String.raw`^((?:The|${HONORIFIC}|Lieutenant|General|Colonel|Major|Captain|Admiral|Brigadier|Commander)\.?(?: (?:General|Colonel|Commander|Admiral|\(ret\.?\)|\(retd\.?\)))*(?: [A-Z][A-Z'’-]+){1,3})(?:\s*\(([^)]*)\))?:\s`);
// a UN meeting record's form: an honorific and the name in mixed case, the office or country in
// brackets ("Mr. Nebenzia (Russian Federation):", "Ms. Thomas-Greenfield (United States of America):")
const HONORIFIC_LABEL_RE = new RegExp(String.raw`^((?:${HONORIFIC})\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:\s*\(([^)]*)\))?:\s`, "u");
// a record's long form: "The Minister for the Armed Forces (Mr Graham Ashdown):"
const LONG_LABEL_RE = /^(The [A-Z][A-Za-z]+(?: [A-Za-z]+){0,8}) \(([^)]+)\):\s/;
// header fields of a release or page ("From: Ministry of Defence", "Published: 21 August") are not speaker turns
const META_RE = /^(?:From|Published|Date|Updated|(?:Media |Press )?Contacts?|Tags|Filed|Posted|Released|Ref|Reference|Embargo|Embargoed|Subject|Distribution|Attn)\s*:/;
// a bare role speaks for whoever gives the briefing
const ROLE_LABEL = /^(?:ANSWER|Answer|A|SPOKES(?:PERSON|MAN|WOMAN)|BRIEFER|MINISTER|DEPUTY MINISTER|GENERAL|COLONEL|ADMIRAL|COMMANDER|OFFICIAL|SENIOR OFFICIAL|MILITARY SPOKES(?:PERSON|MAN|WOMAN))$/;

// (the chair of a hearing puts the questions: "The CHAIR (Mrs De Wit):")
const PRESS_LABEL = /^(?:The )?(?:CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|Chair|Q|QUESTION|REPORTER|ANCHOR|CO-ANCHOR|CORRESPONDENT|HOST|CO-HOST|PRESENTER|INTERVIEWER|MODERATOR|NARRATOR|JOURNALIST|PRESS|Question|Reporter|Anchor|Correspondent|Host|Presenter|Interviewer|Moderator)$/;

const RANK = /^(?:general|lieutenant|colonel|brigadier|major|commander|minister|governor|admiral|spokesman|spokeswoman|spokesperson)$/;
const STATE_BODY = /^(?:army|ministry|command|police|government|military|armed|forces)$/;

export interface Label { name: string; aside: string | null }

// a clip played in a broadcast: "[CLIP - McKENZIE]:", "[SOT: PUTIN]"
const CLIP_RE = /^\[(?:CLIP|SOT|VIDEO|AUDIO|SOUNDBITE)\s*[-–:]\s*([^\]]{2,40})\]:?\s/i;

// a thread's or live blog's line that opens with a body the gazetteer knows: "The Ministry of Health: the Baghdad forensic
// medicine department has received ...", "UN OCHA in Damascus: about 115,000 people displaced"
const BODY_LABEL_RE = /^((?:The )?[A-Z][\w'’.-]*(?: (?:of|for|in|the|and|[A-Z][\w'’.-]*)){0,6}):\s/;

export function readLabel(text: string): Label | null {
  if (META_RE.test(text)) return null;
  const m = LABEL_RE.exec(text) ?? RECORD_LABEL_RE.exec(text) ?? HONORIFIC_LABEL_RE.exec(text) ?? LONG_LABEL_RE.exec(text) ?? CLIP_RE.exec(text);
  if (m) return { name: m[1], aside: m[2]?.trim() || null };
  const b = BODY_LABEL_RE.exec(text);
  return b && findEntities(tokenize(b[1], 0)).some((e) => e.entry.side !== "media") ? { name: b[1], aside: null } : null;
}

// "[X] @CENTCOM - 21 Nov 2023, 02:14", "[Telegram] Islamic Resistance in Iraq - 20 Nov 2023, 23:40"
const POST_RE = /^\[(?:X|Twitter|Telegram|Facebook|Instagram|WhatsApp|Truth Social)\]\s+(.{2,80}?)\s+[-–—|]\s+\d/;

/** A social-media post's header line: the account is the speaker of the post below it. */
// "@CENTCOM · 21 Nov 2023, 02:14", "Islamic Resistance in Iraq (@iraqiresistance) - 20 Nov", "CENTCOM (@CENTCOM) · 2h"
const HANDLE_RE = /^(?:@(\w{2,30})|([A-Z][^()@\n]{1,60}?)\s*\(@\w{2,30}\))\s*(?:[-–—|·•,:]\s*)?(?:\d|[A-Z][a-z]{2} \d)/;

// "Forwarded from Military Operations Command:": a channel's forwarded post is its author's
const FORWARD_RE = /^Forwarded from (.{2,80}?):?\s*$/;

export function readPostHeader(text: string): Label | null {
  const fw = FORWARD_RE.exec(text);
  if (fw) return { name: fw[1].trim(), aside: null };
  const m = POST_RE.exec(text);
  const h = m ? null : HANDLE_RE.exec(text);
  if (!m && !h) return null;
  let name = (m ? m[1] : h![2] ?? `@${h![1]}`).replace(/\s*\([^)]*\)\s*$/, "").trim();
  // "@IraqiSecurityMediaCell", "@PentagonPressSec": a handle reads as its words
  if (name.startsWith("@")) name = name.slice(1).replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2");
  return { name, aside: null };
}

export const isLabel = (text: string) => readLabel(text) !== null;

/** The body named in a transcript's first lines: "Weekly press briefing, Ministry of National Defence, Ankara". */
function issuingBody(sentences: Sentence[], toks: Token[][]): Claimant | null {
  const first = sentences[0]?.line ?? 0;
  for (let k = 0; k < sentences.length && sentences[k].line < first + 3; k++) {
    const ent = findEntities(toks[k]).find((m) => m.entry.side !== "media");
    if (ent) { const body = speakerBody(ent.entry); return { name: body.name, side: body.side, person: true, entry: body }; }
  }
  return null;
}

/** Resolves labels once per article: transcripts repeat their speakers. */
export class LabelBook {
  private bound = new Map<string, Claimant | null>();
  private header: Claimant | null | undefined;
  constructor(private sentences: Sentence[], private toks: Token[][]) {}

  /** A post's account ("Komala (party channel)", "@PDKI_English") is someone, known to the gazetteer or not. */
  resolve(label: Label, d: Discourse, post = false): Claimant {
    const key = `${label.name}\u0000${label.aside ?? ""}`;
    if (!this.bound.has(key)) {
      const c = this.bind(label, d);
      // "Monitor:", "Note:": a capitalised word the gazetteer does not know is no speaker, unless all in capitals
      const known = c && c.side === "other" && !c.entry && !/^[A-Z .'’-]+$/.test(label.name) ? null : c;
      this.bound.set(key, known ?? (post ? { name: label.name, side: "other", person: false } : null));
    }
    return this.bound.get(key) ?? d.media();
  }

  private bind(label: Label, d: Discourse): Claimant | null {
    // the programme's and the press's own voices: their figures are the outlet's unless a cue says otherwise
    if (PRESS_LABEL.test(label.name.trim())) return null;
    // a UN organ's record: "The President:" chairs the meeting (a White House transcript's is the head of state)
    if (/^the president$/i.test(label.name.trim())) {
      const body = this.issuer();
      if (body?.side === "un") return body;
    }
    const lt = tokenize(label.name, 0);
    const named = resolveSpeaker(lt, 0, lt.length, d);
    if (named && (named.side !== "other" || named.entry)) return named;
    // "SPOKESPERSON (Rear Admiral Zeki Aktürk)": the name in brackets, where it is a known one
    if (label.aside) {
      const at = tokenize(label.aside, 0);
      const aside = resolveSpeaker(at, 0, at.length, d);
      if (aside && aside.side !== "other" && aside.side !== "media") {
        // "SPOKESPERSON (Rear Admiral, ministry press and public relations adviser)": a role described
        // but not named speaks for the briefing's issuer, whose name says more than the description
        const issuer = !aside.entry && ROLE_LABEL.test(label.name.trim()) ? this.issuer() : null;
        return issuer && issuer.side === aside.side ? issuer : aside;
      }
    }
    const tied = this.tied(label.name) ?? (label.aside ? this.tied(label.aside) : null);
    if (tied) return tied;
    if (ROLE_LABEL.test(label.name.trim())) return this.issuer();
    return this.officer(label.name, d) ?? this.introduced(label.name, d) ?? named;
  }

  private issuer(): Claimant | null {
    if (this.header === undefined) this.header = issuingBody(this.sentences, this.toks);
    return this.header;
  }

  /** The sentences (not labels) that name a label's surname, with the surname's token index. */
  private *mentions(name: string): Generator<{ t: Token[]; at: number }> {
    const surname = name.trim().split(/[\s,]+/).filter(Boolean).pop()?.toLowerCase() ?? "";
    if (surname.length < 3) return;
    for (let k = 0; k < this.sentences.length; k++) {
      if (this.sentences[k].lineStart && LABEL_RE.test(this.sentences[k].text)) continue;
      const at = this.toks[k].findIndex((x) => x.lower === surname);
      if (at >= 0) yield { t: this.toks[k], at };
    }
  }

  /** The body an unknown label speaks for: "COL. SEAN RYAN" named in "a briefing by Col. Sean Ryan" of the Department of Defense. */
  private tied(name: string): Claimant | null {
    for (const { t } of this.mentions(name)) {
      const ent = findEntities(t).find((m) => m.entry.side !== "media");
      if (ent) { const body = speakerBody(ent.entry); return { name: body.name, side: body.side, person: true, entry: body }; }
    }
    return null;
  }

  /**
   * "With me is Dr Hana Salman, a member of the board of the Iraqi High Commission for Human Rights",
   * "I now call Ms Brouwer of the Civilian Harm Documentation Project": the body the introduction ties the name to.
   */
  private introduced(name: string, d: Discourse): Claimant | null {
    for (const { t, at } of this.mentions(name)) {
      if (t[at + 1]?.text !== "," && !/^(?:of|from)$/.test(t[at + 1]?.lower ?? "")) continue;
      let end = at + 2;
      while (end < t.length && t[end].text !== "," && t[end].text !== "." && end < at + 16) end++;
      let from = at + 2;
      // "Berivan Xalid, who co-chairs the energy commission of that administration": the body after the last "of"
      if (t[from]?.lower === "who") { const of = t.slice(from, end).map((x) => x.lower).lastIndexOf("of"); if (of > 0) from += of + 1; }
      const who = resolveSpeaker(t, from, end, d);
      // a body, or a person of a monitoring body, speaks for it
      // (a body named before, though its spokesperson was noted since: "that administration")
      if (who && who.side !== "media" && (!who.person || who.side === "monitor" || (who.entry && who.entry.kind !== "person"))) return { ...who, person: true };
    }
    return null;
  }

  /**
   * "Al-Obeidi:" introduced as "Lieutenant General Hamid Jassim al-Obeidi has led the Diyala Operations
   * Command": an officer or official of no body the gazetteer knows speaks for the government the
   * article is about, when the sentence that introduces him names a state body.
   */
  private officer(name: string, d: Discourse): Claimant | null {
    if (!d.gov) return null;
    for (const { t, at } of this.mentions(name)) {
      const title = t.slice(Math.max(0, at - 6), at).some((x) => RANK.test(x.lower));
      if (!title || !t.some((x) => STATE_BODY.test(x.lower))) continue;
      let from = at;
      while (from > 0 && /^[A-Z]/.test(t[from - 1].text)) from--;
      return { name: t.slice(from, at + 1).map((x) => x.text).join(" "), side: d.gov, person: true };
    }
    return null;
  }
}
