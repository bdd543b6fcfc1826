// Which coalition "the coalition" is. The gazetteer reads a bare "coalition" as the US-led one,
// which is what it means in reporting on Syria and Iraq; in reporting on Yemen it is the Saudi-led
// one (side other, not us_coalition). An article that names the Saudi-led coalition and never a
// US-led one means that one throughout: its "coalition" figures are the Saudi-led coalition's, and
// its "coalition strikes" are not the US's (a sentence naming the US keeps its US actor).
import type { ExtractedClaim } from "./types";

const SAUDI_LED = /\b(?:Saudi-led|Saudi-Emirati|Arab coalition|Coalition to Restore Legitimacy)\b/i;
const US_LED = /\b(?:US-led|U\.S\.-led|American-led|Inherent Resolve|CJTF|CENTCOM|Central Command|anti-(?:IS|ISIS|ISIL|Islamic State) coalition|global coalition)\b/i;
const US_NAMED = /\b(?:US|U\.S\.|United States|American|Americans|Pentagon|Washington)\b/;
const SAUDI_LED_NAME = "Saudi-led coalition";

export function meansSaudiLedCoalition(text: string): boolean {
  return SAUDI_LED.test(text) && !US_LED.test(text);
}

/** In an article about the Saudi-led coalition, its figures and deeds where "coalition" was read as the US-led one. */
export function reassignCoalition(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  if (!meansSaudiLedCoalition(text)) return claims;
  for (const c of claims) {
    if (c.claimant === "US-led coalition") { c.claimant = SAUDI_LED_NAME; c.side = "other"; }
    if (c.actorSide === "us_coalition" && /\bcoalition\b/i.test(c.sentence) && !US_NAMED.test(c.sentence)) c.actorSide = "other";
  }
  return claims;
}
