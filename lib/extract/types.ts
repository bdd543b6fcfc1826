// Shared types of the extractor, mirrored from /work/shared/claim-model.md (keep keys stable).
export type Side =
  | "russia" | "us_coalition" | "syria_gov" | "iran" | "iraq_gov" | "turkey"
  | "monitor" | "un" | "rebels" | "isis" | "media" | "other";
export type Metric =
  | "sorties" | "strikes" | "targets_hit" | "missiles" | "militants_killed" | "civilians_killed"
  | "soldiers_killed" | "people_killed" | "people_injured" | "vehicles_destroyed" | "aircraft"
  | "people_displaced" | "people_trapped" | "territory" | "other";
export type Qualifier = "exact" | "approx" | "at_least" | "at_most" | "vague";

export const SIDES: readonly Side[] = [
  "russia", "us_coalition", "syria_gov", "iran", "iraq_gov", "turkey",
  "monitor", "un", "rebels", "isis", "media", "other",
];
export const METRICS: readonly Metric[] = [
  "sorties", "strikes", "targets_hit", "missiles", "militants_killed", "civilians_killed",
  "soldiers_killed", "people_killed", "people_injured", "vehicles_destroyed", "aircraft",
  "people_displaced", "people_trapped", "territory", "other",
];

export interface ExtractedMention { start: number; end: number; sentence: string; sentenceStart: number }

export interface ExtractedClaim {
  value: number; valueMax: number | null; qualifier: Qualifier; unit: string; metric: Metric;
  claimant: string; side: Side; actorSide: Side | null; period: string | null; location: string | null;
  sentence: string; start: number; end: number;
  cue: string | null; speaker: string | null;
  mentions: ExtractedMention[];
}

export interface ExtractOptions { outlet?: string | null; publishedAt?: Date | null }

export interface GazetteerEntry {
  name: string; side: Side; aliases: string[]; kind: string;
  /** for people: the body they speak for ("Konashenkov" -> "Russian Defense Ministry") */
  memberOf?: string;
  /** words a definite description may use for it: "the monitor", "the ministry", "the agency" */
  descriptors?: string[];
}
