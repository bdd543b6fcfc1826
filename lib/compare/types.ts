import type { Span } from "./span";

// One stored claim as the comparison reads it: flat, already joined with its article.
export interface CompareClaim {
  id: number;
  articleId: number;
  /** The first mention's id: the anchor of its highlighted sentence (#m-{id}). */
  mentionId: number | null;
  value: number;
  valueMax: number | null;
  qualifier: string;
  unit: string;
  metric: string;
  side: string;
  actorSide: string | null;
  period: string | null;
  location: string | null;
  date: Date | null;
  claimant: string | null;
  sentence: string;
  articleTitle: string;
  outlet: string | null;
}

export interface TopicFigure {
  claim: CompareClaim;
  span: Span;
}

export interface Topic {
  id: string;
  metric: string;
  /** For metric `other`, what its figures count, as most of them write it ("trucks"); absent otherwise. */
  counted?: string | null;
  actorSide: string | null;
  /** The most specific place its figures name, or null when none does. */
  place: string | null;
  /** Article dates of its figures (epoch ms); null when every article is undated. */
  from: number | null;
  to: number | null;
  figures: TopicFigure[];
}
