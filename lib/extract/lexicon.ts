// Phrase lookups over tokens for the cue-word lists in data/metrics.json.
import type { Token } from "./tokens";
import { bare } from "./tokens";
import metricsData from "./data/metrics.json";

export type NounClass = keyof typeof metricsData.nouns;
export type EventKind = keyof typeof metricsData.events;

type PhraseIndex<K> = Map<string, Array<{ words: string[]; key: K }>>;

function build<K extends string>(groups: Record<string, string[]>): PhraseIndex<K> {
  const idx: PhraseIndex<K> = new Map();
  for (const [key, phrases] of Object.entries(groups)) {
    for (const p of phrases) {
      const words = p.toLowerCase().split(/\s+/);
      const list = idx.get(words[0]) ?? [];
      list.push({ words, key: key as K });
      idx.set(words[0], list);
    }
  }
  for (const list of idx.values()) list.sort((a, b) => b.words.length - a.words.length);
  return idx;
}

const NOUNS = build<NounClass>(metricsData.nouns as Record<string, string[]>);
const EVENTS = build<EventKind>(metricsData.events as Record<string, string[]>);

export interface PhraseHit<K> { key: K; i: number; end: number }

function lookup<K>(idx: PhraseIndex<K>, t: Token[], i: number): PhraseHit<K> | null {
  const w = t[i]?.type === "word" ? bare(t[i]) : "";
  const list = idx.get(w);
  if (!list) return null;
  for (const p of list) {
    if (i + p.words.length > t.length) continue;
    if (p.words.every((x, k) => bare(t[i + k]) === x)) return { key: p.key, i, end: i + p.words.length };
  }
  return null;
}

export const nounAt = (t: Token[], i: number) => lookup(NOUNS, t, i);
export const eventAt = (t: Token[], i: number) => lookup(EVENTS, t, i);
