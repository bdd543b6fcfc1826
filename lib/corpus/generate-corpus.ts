// Deterministic generator of realistic synthetic war-reporting articles for benchmarks at scale.
// Pure: no fs, no Next, no Prisma. Article N depends only on (N, seed), so a 100,000-article
// corpus can be streamed one article at a time, regenerated in parallel, or spot-checked.
// Every planted figure is returned with its gold fields, so the corpus also serves as a large,
// noisy-but-known test of extractor recall.
import { BACKGROUND, footer, formatDate, isoDate, periodPhrase, placePhrase, type Period } from "./context";
import { capitalise, plainNumber, renderCount, renderShare, type Qualifier, type RenderedNumber } from "./number-forms";
import { articleSeed, Random } from "./prng";
import { FIRST_NAMES, LAST_NAMES, OUTLETS, SCENARIOS, type Scenario } from "./scenarios";
import { SOURCES, type Metric, type Side, type Source } from "./sources";
import { CLAUSES, competingTail, FRAMES, subj, SUBJECT_FIRST, VILLAGE_CLAUSES, type Clause } from "./templates";

export const DEFAULT_SEED = 20_140_808;

export interface SyntheticArticle {
  fileName: string;
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string;
  text: string;
}

export interface PlantedClaim {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  metric: Metric;
  claimant: string;
  side: Side;
  actorSide?: Side;
  period?: Period;
  location?: string;
  sentence: string;
  /** Breakdowns of a toll ("including 12 children") and vague amounts, optional under the devset conventions. */
  optional?: boolean;
}

export interface ArticleWithClaims extends SyntheticArticle {
  claims: PlantedClaim[];
}

// Magnitudes by span: a day's sorties are tens, a campaign's are tens of thousands.
const RANGES: Readonly<Record<Metric, readonly [number, number, number, number]>> = {
  // [min short span, max short span, min long span, max long span]
  sorties: [8, 140, 900, 40_000], strikes: [3, 70, 150, 34_000], targets_hit: [6, 320, 400, 120_000],
  missiles: [2, 110, 4, 110], militants_killed: [4, 380, 150, 90_000], civilians_killed: [2, 140, 60, 20_000],
  soldiers_killed: [2, 60, 5, 900], people_killed: [3, 160, 90, 18_000], people_injured: [4, 450, 100, 9_000],
  vehicles_destroyed: [2, 60, 20, 1_500], aircraft: [2, 30, 3, 60], people_displaced: [300, 40_000, 2_000, 400_000],
  people_trapped: [3_000, 80_000, 20_000, 400_000], territory: [3, 20, 10, 1_400],
};

const OWN_FORCES: Readonly<Record<string, readonly string[]>> = {
  russianMod: ["Russian aircraft", "Russian warplanes", "the Russian air group"],
  coalition: ["coalition aircraft", "coalition forces", "US and partner aircraft"],
  turkishMod: ["Turkish forces", "Turkish jets", "Turkish land and air units"],
  syrianArmy: ["army units", "Syrian troops"], sana: ["the army", "army units"],
  iraqJoc: ["Iraqi forces", "counter-terrorism units"], sdf: ["SDF fighters", "Kurdish-led fighters"],
  opposition: ["rebel fighters", "opposition fighters"],
  amaq: ["Islamic State fighters", "the group's suicide bombers"], iranMedia: ["the Revolutionary Guards", "Iranian forces"],
};

// Lower case unless a proper name, so the name can sit mid-headline; capitalised at the start.
const HEADLINE_SOURCE: Readonly<Record<string, string>> = {
  russianMod: "Moscow", coalition: "coalition", sohr: "monitor", airwars: "Airwars", snhr: "rights group", ocha: "UN",
  unhcr: "UN", who: "WHO", sana: "Syrian state media", syrianArmy: "Syrian army", turkishMod: "Turkey",
  whiteHelmets: "rescuers", opposition: "opposition", iraqJoc: "Iraqi military", sdf: "SDF", amaq: "Islamic State",
  iranMedia: "Iran", press: "reporters",
};

const HEADLINE_UNIT: Readonly<Record<Metric, string>> = {
  sorties: "sorties flown", strikes: "air strikes", targets_hit: "targets hit", missiles: "missiles fired",
  militants_killed: "militants killed", civilians_killed: "civilians killed", soldiers_killed: "soldiers killed",
  people_killed: "dead", people_injured: "wounded", vehicles_destroyed: "vehicles destroyed", aircraft: "aircraft",
  people_displaced: "displaced", people_trapped: "trapped", territory: "villages taken",
};

interface Drafted {
  clause: Clause;
  n: RenderedNumber;
  metric: Metric;
  rest: string;
  period?: Period;
  location?: string;
}

/** Holds one article's random state and what has been said so far (names used, figures planted). */
class ArticleWriter {
  readonly claims: PlantedClaim[] = [];
  private readonly mentions = new Map<string, number>();
  private readonly planted = new Set<string>();
  private lastSpeaker: string | null = null;
  /** Source of the previous claim: a pronoun may only point back to it. */
  private lastSource: string | null = null;

  constructor(readonly r: Random, readonly sc: Scenario, readonly published: Date, readonly outlet: string) {}

  pickSource(exclude?: Side, metric?: Metric): Source {
    const pool = this.sc.sources
      .map(([key, w]) => [SOURCES[key], w] as const)
      .filter(([s]) => s.side !== exclude && (!metric || s.metrics.includes(metric)));
    return pool.length ? this.r.weighted(pool) : SOURCES[this.sc.sources[0][0]];
  }

  /** How the claimant is named: full name first, then "the ministry", "it" or "he". */
  name(src: Source, allowPronoun: boolean): { who: string; later: boolean } {
    const seen = this.mentions.get(src.key) ?? 0;
    this.mentions.set(src.key, seen + 1);
    if (seen === 0) {
      this.lastSource = src.key;
      const speaker = this.r.chance(0.3) ? this.r.pick(src.speakers) : null;
      this.lastSpeaker = speaker ? src.key : null;
      return { who: speaker ?? this.r.pick(src.names), later: false };
    }
    const previous = this.lastSource;
    this.lastSource = src.key;
    if (allowPronoun && previous === src.key && this.r.chance(0.5)) return { who: this.lastSpeaker === src.key ? "he" : src.pronoun, later: true };
    return { who: this.r.pick(src.short), later: true };
  }

  draft(src: Source, metric: Metric = this.r.pick(src.metrics), actorOverride?: Side, near?: number): Drafted {
    const r = this.r;
    const when = periodPhrase(r, this.sc, this.published, metric);
    const where = placePhrase(r, this.sc);
    const own = src.own.includes(metric) ? r.pick(OWN_FORCES[src.key] ?? [src.short[0]]) : null;
    const long = when.period === "total" || when.period?.startsWith("since") || when.period === "month";
    const [a, b, c, d] = RANGES[metric];
    const villages = metric === "territory" && r.chance(0.5);
    let n: RenderedNumber;
    for (let tries = 0; ; tries++) {
      // A competing figure sits within a factor of a few of the one it contradicts.
      const base = near !== undefined ? Math.max(2, Math.round(near * (0.4 + r.float() * 2.2))) : long ? r.logInt(c, d) : r.logInt(a, b);
      n = metric === "territory" && !villages ? renderShare(r) : renderCount(r, base, !villages);
      const key = `${n.value}|${n.valueMax ?? ""}|${metric}`;
      if (!this.planted.has(key) || tries > 8) {
        this.planted.add(key);
        break;
      }
    }
    const fns = villages ? VILLAGE_CLAUSES : CLAUSES[metric];
    const clause = r.pick(fns)({ r, sc: this.sc, n, own, ownSide: src.side });
    if (actorOverride) clause.actor = actorOverride;
    return { clause, n, metric, rest: `${where.text}${when.text}`, period: when.period, location: where.location };
  }

  plant(d: Drafted, src: Source, sentence: string): void {
    this.claims.push({
      value: d.n.value, ...(d.n.valueMax !== undefined && { valueMax: d.n.valueMax }), qualifier: d.n.qualifier,
      metric: d.metric, claimant: src.side === "media" ? this.outlet : src.names[0].replace(/^the /, ""), side: src.side,
      ...(d.clause.actor && { actorSide: d.clause.actor }), ...(d.period && { period: d.period }),
      ...(d.location && { location: d.location }), sentence,
      // The devset labels every vague amount ("dozens", "thousands") as optional; so does the corpus.
      ...(d.n.qualifier === "vague" && { optional: true }),
    });
  }

  /** One attributed claim sentence, sometimes with a children breakdown. */
  claimSentence(src: Source, prefix = ""): { sentence: string; lead: Drafted } {
    const d = this.draft(src);
    const { who, later } = this.name(src, prefix === "");
    const pronoun = /^(it|they|he)$/.test(who);
    const clause = d.clause.text;
    // An outlet's own reporters do not issue statements or brief reporters.
    const frames = pronoun ? [FRAMES[0], FRAMES[1], FRAMES[4], FRAMES[5]]
      : src.side === "media" ? [FRAMES[0], FRAMES[1], FRAMES[3], FRAMES[5]]
      : /^\d/.test(clause) ? SUBJECT_FIRST.map((i) => FRAMES[i]) : FRAMES;
    let children: number | null = null;
    if (d.metric === "civilians_killed" && d.n.qualifier === "exact" && !d.n.valueMax && d.n.value >= 10 && this.r.chance(0.3)) {
      children = Math.max(2, Math.round(d.n.value * (0.1 + this.r.float() * 0.3)));
    }
    const rest = children === null ? d.rest : `${d.rest}, including ${plainNumber(this.r, children)} children`;
    const sentence = prefix + this.r.pick(frames)(this.r, who, clause, rest, later);
    this.plant(d, src, sentence);
    if (children !== null) this.claims.push({ ...this.claims[this.claims.length - 1], value: children, qualifier: "exact", optional: true });
    return { sentence, lead: d };
  }

  /** The same count from two sides in one sentence: the comparison the product exists for. */
  competing(): string {
    const a = this.pickSource();
    const d = this.draft(a);
    const b = this.pickSource(a.side, d.metric);
    if (b.side === a.side) return this.claimSentence(a).sentence;
    const { who } = this.name(a, false);
    const other = this.draft(b, d.metric, d.clause.actor, d.n.value >= 1 ? d.n.value : undefined);
    const bName = this.name(b, false).who;
    const tail = competingTail(this.r, bName, other.n);
    const sentence = /^\d/.test(d.clause.text)
      ? `${capitalise(subj(who))} said ${d.clause.text}${d.rest}${tail}.`
      : `${capitalise(d.clause.text)}${d.rest}, ${subj(who)} said${tail}.`;
    this.plant(d, a, sentence);
    this.plant({ ...other, rest: d.rest, period: d.period, location: d.location }, b, sentence);
    return sentence;
  }

  /** A quote that runs over two sentences; the second figure has no attribution of its own. */
  quote(): string {
    const src = this.pickSource();
    const d1 = this.draft(src);
    // A second figure in the same quote counts something else; two tolls for one count would contradict.
    const others = src.metrics.filter((m) => m !== d1.metric);
    const d2 = this.draft(src, others.length ? this.r.pick(others) : d1.metric);
    const speaker = this.mentions.has(src.key) ? this.r.pick(src.short) : this.r.pick(src.speakers);
    this.mentions.set(src.key, (this.mentions.get(src.key) ?? 0) + 1);
    const s1 = `"${capitalise(d1.clause.text)}${d1.rest}," ${subj(speaker)} said.`;
    const s2 = `"${capitalise(d2.clause.text)}${d2.rest}."`;
    this.plant(d1, src, s1);
    this.plant(d2, src, s2);
    return `${s1} ${s2}`;
  }

  background(): string {
    return this.r.pick(BACKGROUND)(this.r, this.sc, this.published);
  }

  /** Two different background sentences: the same template twice in a row reads as a glitch. */
  backgroundPair(): string {
    const i = this.r.int(0, BACKGROUND.length - 1);
    const j = (i + this.r.int(1, BACKGROUND.length - 1)) % BACKGROUND.length;
    return `${BACKGROUND[i](this.r, this.sc, this.published)} ${BACKGROUND[j](this.r, this.sc, this.published)}`;
  }
}

function randomDate(r: Random, sc: Scenario): Date {
  const from = Date.parse(`${sc.from}T00:00:00Z`);
  const to = Date.parse(`${sc.to}T00:00:00Z`);
  return new Date(from + r.int(0, Math.round((to - from) / 86_400_000)) * 86_400_000);
}

function makeTitle(w: ArticleWriter, leadSource: Source, lead: Drafted): string {
  const { r, sc } = w;
  const place = lead.location ?? sc.region;
  const n = lead.n;
  if ((n.qualifier === "exact" || n.qualifier === "approx") && n.valueMax === undefined && n.value >= 2 && Number.isInteger(n.value) && lead.metric !== "territory") {
    // Headlines restate the lead figure in digits: one claim, two mentions.
    const num = n.value.toLocaleString("en-US");
    const src = HEADLINE_SOURCE[leadSource.key] ?? "officials";
    return r.pick([
      `${capitalise(src)} says ${num} ${HEADLINE_UNIT[lead.metric]} in ${place}`,
      `${num} ${HEADLINE_UNIT[lead.metric]} in ${place}, ${src} says`,
      `${place}: ${num} ${HEADLINE_UNIT[lead.metric]} as ${sc.operation} goes on`,
    ]);
  }
  const other = r.pick(sc.places);
  return r.pick([
    `${place}: tolls diverge as ${sc.operation} grinds on`,
    `Residents flee ${other} as ${sc.adjective} strikes intensify`,
    `${capitalise(sc.adjective)} strikes pound ${place} for a ${r.pick(["second", "third", "fourth", "fifth"])} day`,
    `Monitors and officials clash over figures from ${place}`,
    `What we know about ${sc.operation} so far`,
    `${capitalise(HEADLINE_SOURCE[leadSource.key] ?? "officials")} and ${r.pick(["monitors", "rescuers", "the UN"])} give clashing accounts of ${other} raids`,
    `${other}: ${r.pick(["a town emptied", "night of fire", "counting the dead", "no way out"])}`,
    `${capitalise(sc.operation)}: ${r.pick(["the numbers behind the claims", "who is counting, and how", "day-by-day tallies"])}`,
    `${r.pick(["Heavy", "Fresh", "Intense", "Renewed"])} bombardment ${r.pick(["hits", "shakes", "rocks"])} ${other} as ${r.pick(["talks stall", "civilians flee", "front lines shift"])}`,
  ]);
}

export function generateArticleWithClaims(index: number, seed: number = DEFAULT_SEED): ArticleWithClaims {
  const r = new Random(articleSeed(seed, index));
  const sc = r.pick(SCENARIOS);
  const published = randomDate(r, sc);
  const outlet = r.pick(OUTLETS);
  const w = new ArticleWriter(r, sc, published, outlet);

  const leadSource = w.pickSource();
  const month = formatDate(published).split(" ")[1];
  const dateline = r.weighted([
    [`${r.pick(sc.datelines)}, ${month} ${published.getUTCDate()} (${outlet}) - `, 3],
    [`${r.pick(sc.datelines)} - `, 2],
    ["", 2],
  ] as const);
  const first = w.claimSentence(leadSource, dateline);
  const paragraphs = [r.chance(0.5) ? `${first.sentence} ${w.background()}` : first.sentence];

  const total = r.int(6, 14);
  while (paragraphs.length < total) {
    const kind = r.weighted([["claims", 43], ["competing", 10], ["quote", 7], ["background", 40]] as const);
    if (kind === "claims") {
      const s1 = w.claimSentence(w.pickSource()).sentence;
      paragraphs.push(r.chance(0.35) ? `${s1} ${w.claimSentence(w.pickSource()).sentence}` : s1);
    } else if (kind === "competing") paragraphs.push(w.competing());
    else if (kind === "quote") paragraphs.push(w.quote());
    else paragraphs.push(r.chance(0.3) ? `${w.background()} ${w.claimSentence(w.pickSource()).sentence}` : w.backgroundPair());
  }
  if (r.chance(0.4)) paragraphs.push(footer(r, outlet, published));

  const title = makeTitle(w, leadSource, first.lead);
  const byline = `By ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)} | ${outlet} | ${formatDate(published)}`;
  return {
    fileName: `syn-${String(index).padStart(6, "0")}-${sc.key}.txt`,
    title, outlet, publishedAt: isoDate(published),
    text: `${title}\n${byline}\n\n${paragraphs.join("\n\n")}\n`,
    claims: w.claims,
  };
}

export function generateArticle(index: number, seed: number = DEFAULT_SEED): SyntheticArticle {
  const { fileName, title, outlet, publishedAt, text } = generateArticleWithClaims(index, seed);
  return { fileName, title, outlet, publishedAt, text };
}

/** Yields articles one at a time so that 100,000 of them never sit in memory together. */
export function* generateCorpus(count: number, seed: number = DEFAULT_SEED): Generator<SyntheticArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(i, seed);
}
