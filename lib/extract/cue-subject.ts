// The subject before a verb of saying, where the plain noun phrase before the verb is not it:
// a relative clause set off by commas stands between them, or an indefinite description opens it.
import type { Token } from "./tokens";
import { type Discourse, resolveSpeaker } from "./speaker";
import { npStart } from "./speaker-phrase";

/** Where "a"/"an" opens the lower-case words before a body noun at s ("an open-source research group"), or -1. */
export function indefiniteStart(t: Token[], s: number): number {
  if (!/^(?:group|team|consortium|organisation|organization|project|collective|institute)$/.test(t[s].lower)) return -1;
  for (let b = s - 1; b >= 0 && b >= s - 4; b--) {
    if (/^(?:a|an)$/.test(t[b].lower)) return b < s - 1 ? b : -1;
    // ("a monitoring group", "a rights group": the kind still says monitor)
    if (t[b].type !== "word" || !/^[a-z]/.test(t[b].text) || /^(?:and|or|of|by|the|that|which|who|monitoring|monitor|rights|watchdog)$/.test(t[b].lower)) return -1;
  }
  return -1;
}

/** Where the subject before ", which ... ," or ", who ... ," ends, if a speaker is named there; else null. */
export function pastRelative(t: Token[], comma: number, d: Discourse): number | null {
  for (let b = comma - 2; b >= 2 && b >= comma - 24; b--) {
    // (a verb of saying or a full stop inside is another clause's business)
    if (t[b].text === "." || /^(?:said|says|say|told)$/.test(t[b].lower)) return null;
    if (/^(?:which|who|whose)$/.test(t[b].lower) && t[b - 1].text === ",") {
      const s = npStart(t, b - 1);
      return s < b - 1 && resolveSpeaker(t, s, b - 1, d) ? b - 1 : null;
    }
  }
  return null;
}
