// Place compatibility for topics: the same place, or one of them unknown. A country named
// alone ("Syria") is broader than a city in it, so it is compatible with that city but two
// different cities never share a topic.
import placesData from "@/lib/extract/data/places.json";

// Spelling variants the extractor reports for one place.
const ALIASES: Record<string, string> = {
  raqa: "raqqa", "deir el-zour": "deir ez-zor", "deir ez-zour": "deir ez-zor", "deir al-zor": "deir ez-zor",
  khmeimim: "hmeimim", deraa: "daraa", tadmur: "palmyra",
};

// Memoised: grouping calls this for every pair it considers. Bounded, since stored data could hold anything.
const normalised = new Map<string, string>();

export function normalisePlace(place: string): string {
  let n = normalised.get(place);
  if (n === undefined) {
    const p = place.trim().toLowerCase().replace(/\s+/g, " ");
    n = ALIASES[p] ?? p;
    if (normalised.size < 10_000) normalised.set(place, n);
  }
  return n;
}

const COUNTRY_OF = new Map<string, string>();
const COUNTRIES = new Set<string>();
for (const [country, names] of Object.entries(placesData)) {
  if (country === "_doc" || !Array.isArray(names)) continue;
  COUNTRIES.add(country);
  for (const n of names as string[]) COUNTRY_OF.set(normalisePlace(n), country);
}

export type PlaceLevel = 0 | 1 | 2; // unknown, country, specific place

export function placeLevel(place: string | null): PlaceLevel {
  if (!place) return 0;
  return COUNTRIES.has(normalisePlace(place)) ? 1 : 2;
}

export function countryOf(place: string): string | null {
  const p = normalisePlace(place);
  return COUNTRIES.has(p) ? p : (COUNTRY_OF.get(p) ?? null);
}

export function placesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const na = normalisePlace(a);
  const nb = normalisePlace(b);
  if (na === nb) return true;
  const la = placeLevel(a);
  const lb = placeLevel(b);
  if (la === 1 && lb === 2) return countryOf(b) === na;
  if (lb === 1 && la === 2) return countryOf(a) === nb;
  return false;
}

// A place read once: grouping compares each figure's place with every candidate topic's, so
// the normalised form, level and country are computed once per distinct string (memoised, bounded).
export interface PlaceInfo { normalised: string; level: PlaceLevel; country: string | null }
const infos = new Map<string, PlaceInfo>();

export function placeInfo(place: string | null): PlaceInfo | null {
  if (!place) return null;
  let info = infos.get(place);
  if (!info) {
    info = { normalised: normalisePlace(place), level: placeLevel(place), country: countryOf(place) };
    if (infos.size < 10_000) infos.set(place, info);
  }
  return info;
}

/** placesCompatible on places already read by placeInfo. */
export function placesCompatibleInfo(a: PlaceInfo | null, b: PlaceInfo | null): boolean {
  if (!a || !b) return true;
  if (a.normalised === b.normalised) return true;
  if (a.level === 1 && b.level === 2) return b.country === a.normalised;
  if (b.level === 1 && a.level === 2) return a.country === b.normalised;
  return false;
}

/** The more specific of two compatible places (what a topic is about). */
export function narrowerPlace(a: string | null, b: string | null): string | null {
  return placeLevel(b) > placeLevel(a) ? b : a;
}
