// Phrasings for planted claims: one clause per way of saying a figure for each metric (active,
// passive, "the toll rose to", "put the number at"), and the attribution frames around a clause
// (said/according to/quote/"the ministry added"). Variety here is what makes the corpus a fair
// benchmark: an extractor that only knows "X said N Y" should not score well on it.
import type { RenderedNumber } from "./number-forms";
import { capitalise } from "./number-forms";
import type { Random } from "./prng";
import type { Scenario } from "./scenarios";
import type { Metric, Side } from "./sources";

export interface ClauseInput {
  r: Random;
  sc: Scenario;
  n: RenderedNumber;
  /** Forces of the claimant itself when the figure counts its own actions ("its aircraft"). */
  own: string | null;
  ownSide: Side;
}

export interface Clause {
  text: string;
  actor?: Side;
}

type ClauseFn = (c: ClauseInput) => Clause;

/** A figure with no noun after it: "rose to thousands", not "rose to thousands of". */
function bare(n: RenderedNumber): string {
  return n.text.replace(/ of$/, "");
}

// Either the claimant's own forces or the scenario's attacker, so the planted actor is known.
function doer(c: ClauseInput): { name: string; side: Side } {
  return c.own ? { name: c.own, side: c.ownSide } : { name: c.r.pick(c.sc.forces), side: c.sc.attacker };
}

const TARGET_NOUNS = ["terrorist targets", "targets", "militant positions", "command posts", "ammunition depots", "fortified positions", "fighting positions"];
const VEHICLE_NOUNS = ["armoured vehicles", "tanks", "pickup trucks mounted with heavy machine guns", "vehicles", "car bombs", "units of military hardware"];

// Ground held is reported for ground forces, never for the aircraft that supported them.
const GROUND: Readonly<Partial<Record<Side, readonly [string, Side]>>> = {
  russia: ["government forces backed by Russian air power", "syria_gov"],
  syria_gov: ["government forces", "syria_gov"],
  us_coalition: ["the US-backed SDF", "other"],
  iraq_gov: ["Iraqi forces", "iraq_gov"],
  turkey: ["Turkish-backed forces", "turkey"],
};

function holder(c: ClauseInput): { name: string; side: Side } {
  if (c.own) return { name: c.own, side: c.ownSide };
  const [name, side] = GROUND[c.sc.attacker] ?? ["pro-government forces", "syria_gov"];
  return { name, side };
}

export const CLAUSES: Readonly<Record<Metric, readonly ClauseFn[]>> = {
  sorties: [
    (c) => { const d = doer(c); return { text: `${d.name} flew ${c.n.text} sorties`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} carried out ${c.n.text} combat sorties`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${c.n.text} combat flights were made by ${d.name}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} conducted ${c.n.text} missions`, actor: d.side }; },
  ],
  strikes: [
    (c) => { const d = doer(c); return { text: `${d.name} carried out ${c.n.text} air strikes`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${c.n.text} raids were carried out by ${d.name}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} launched ${c.n.text} strikes`, actor: d.side }; },
    (c) => ({ text: `there had been ${c.n.text} ${c.sc.adjective} air raids`, actor: c.sc.attacker }),
    // Counting attacks on hospitals is what monitors and UN agencies do, not the attacking side.
    (c) => (c.ownSide === "monitor" || c.ownSide === "un"
      ? { text: `${c.n.text} attacks on hospitals and schools had been recorded` }
      : { text: `${c.n.text} ${c.sc.adjective} strikes had been logged`, actor: c.sc.attacker }),
  ],
  targets_hit: [
    (c) => { const d = doer(c); return { text: `${d.name} hit ${c.n.text} ${c.r.pick(TARGET_NOUNS)}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} destroyed ${c.n.text} ${c.r.pick(TARGET_NOUNS)}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${c.n.text} ${c.r.pick(TARGET_NOUNS)} were struck by ${d.name}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} engaged ${c.n.text} targets, among them weapons depots and shelters`, actor: d.side }; },
  ],
  missiles: [
    (c) => { const d = doer(c); return { text: `${d.name} fired ${c.n.text} cruise missiles`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${c.n.text} missiles were launched by ${d.name}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} used ${c.n.text} precision-guided missiles`, actor: d.side }; },
  ],
  militants_killed: [
    (c) => { const d = doer(c); return { text: `${d.name} killed ${c.n.text} ${c.r.pick(c.sc.enemies)}`, actor: d.side }; },
    (c) => ({ text: `${c.n.text} ${c.r.pick(c.sc.enemies)} were killed` }),
    (c) => { const d = doer(c); return { text: `${c.n.text} ${c.r.pick(c.sc.enemies)} had been eliminated by ${d.name}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${d.name} had "neutralised" ${c.n.text} ${c.r.pick(c.sc.enemies)}`, actor: d.side }; },
    (c) => ({ text: `the number of ${c.r.pick(c.sc.enemies)} killed had reached ${bare(c.n)}` }),
  ],
  civilians_killed: [
    (c) => ({ text: `${c.n.text} civilians had been killed in ${c.sc.adjective} strikes`, actor: c.sc.attacker }),
    (c) => ({ text: `${c.sc.adjective} air strikes killed ${c.n.text} civilians`, actor: c.sc.attacker }),
    (c) => ({ text: `the civilian death toll had risen to ${bare(c.n)}` }),
    (c) => ({ text: `${c.n.text} non-combatants died in the bombardment` }),
    (c) => { const d = doer(c); return { text: `${d.name} had killed ${c.n.text} civilians`, actor: d.side }; },
  ],
  soldiers_killed: [
    (c) => ({ text: `${c.n.text} ${c.r.pick(c.sc.soldiers)} were killed` }),
    (c) => ({ text: `${c.n.text} ${c.r.pick(c.sc.soldiers)} had died in the fighting` }),
    (c) => ({ text: `the army lost ${c.n.text} men` }),
  ],
  people_killed: [
    (c) => ({ text: `${c.n.text} people were killed` }),
    (c) => ({ text: `the death toll rose to ${bare(c.n)}` }),
    (c) => ({ text: `${c.sc.adjective} strikes killed ${c.n.text} people`, actor: c.sc.attacker }),
    (c) => ({ text: `${c.n.text} people, among them fighters and civilians, died` }),
  ],
  people_injured: [
    (c) => ({ text: `${c.n.text} people were wounded` }),
    (c) => ({ text: `${c.n.text} others were injured` }),
    (c) => ({ text: `hospitals had treated ${c.n.text} wounded` }),
  ],
  vehicles_destroyed: [
    (c) => { const d = doer(c); return { text: `${d.name} destroyed ${c.n.text} ${c.r.pick(VEHICLE_NOUNS)}`, actor: d.side }; },
    (c) => { const d = doer(c); return { text: `${c.n.text} ${c.r.pick(VEHICLE_NOUNS)} were knocked out by ${d.name}`, actor: d.side }; },
  ],
  aircraft: [
    (c) => ({ text: `${c.n.text} drones had been shot down` }),
    (c) => (c.own
      ? { text: `${c.n.text} of its aircraft and helicopters took part in the raids`, actor: c.ownSide }
      : { text: `${c.n.text} ${c.sc.adjective} aircraft and helicopters took part in the raids`, actor: c.sc.attacker }),
    (c) => ({ text: `${c.n.text} helicopters and jets were destroyed on the ground` }),
  ],
  people_displaced: [
    (c) => ({ text: `${c.n.text} people had fled their homes` }),
    (c) => ({ text: `${c.n.text} civilians had left through humanitarian corridors` }),
    (c) => ({ text: `${c.n.text} people have been displaced by the fighting` }),
    (c) => ({ text: `${c.n.text} residents had crossed into government-held areas` }),
  ],
  people_trapped: [
    (c) => ({ text: `${c.n.text} people remain trapped` }),
    (c) => ({ text: `${c.n.text} civilians are still besieged` }),
    (c) => ({ text: `${c.n.text} people are living under siege` }),
  ],
  territory: [
    (c) => { const d = holder(c); return { text: `${d.name} now control ${c.n.text} of the area`, actor: d.side }; },
    (c) => { const d = holder(c); return { text: `${c.n.text} of the territory has been taken by ${d.name}`, actor: d.side }; },
  ],
};

/** Territory counted in villages rather than as a share. */
export const VILLAGE_CLAUSES: readonly ClauseFn[] = [
  (c) => { const d = holder(c); return { text: `${d.name} had taken ${c.n.text} villages`, actor: d.side }; },
  (c) => { const d = holder(c); return { text: `${c.n.text} settlements had been liberated by ${d.name}`, actor: d.side }; },
];

/** Attribution frames: `who` is how the claimant is named here, `rest` is place and period. */
export type Frame = (r: Random, who: string, clause: string, rest: string, later: boolean) => string;

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

// A named spokesman is an appositive ("Konashenkov, the ministry's spokesman,") and needs its
// closing comma before a verb.
export function subj(w: string): string {
  return w.includes(", ") ? `${w},` : w;
}

/** Frames that do not open with the clause, for clauses that would start with digits. */
export const SUBJECT_FIRST = [0, 2, 4, 5, 6, 7, 10];

export const FRAMES: readonly Frame[] = [
  (_r, w, c, x) => `${capitalise(subj(w))} said ${c}${x}.`,
  (_r, w, c, x) => `${capitalise(c)}${x}, ${subj(w)} said.`,
  (_r, w, c, x) => `According to ${w}, ${c}${x}.`,
  (_r, w, c, x) => `${capitalise(c)}${x}, according to ${w}.`,
  (r, w, c, x) => `${capitalise(subj(w))} said on ${r.pick(WEEKDAYS)} that ${c}${x}.`,
  (_r, w, c, x) => `${capitalise(subj(w))} reported that ${c}${x}.`,
  (_r, w, c, x) => `${capitalise(subj(w))} claimed that ${c}${x}.`,
  (_r, w, c, x) => `In a statement, ${subj(w)} said ${c}${x}.`,
  (_r, w, c, x) => `"${capitalise(c)}${x}," ${subj(w)} told reporters.`,
  (_r, w, c, x, later) => (later ? `${capitalise(c)}${x}, ${subj(w)} added.` : `${capitalise(subj(w))} says ${c}${x}.`),
  (r, w, c, x) => `${capitalise(subj(w))} ${r.pick(["estimated", "believes", "has documented"])} that ${c}${x}.`,
];

/** A second figure for the same count from another side, in the same sentence. */
export function competingTail(r: Random, who: string, n: RenderedNumber): string {
  return r.pick([
    `, while ${subj(who)} put the figure at ${bare(n)}`,
    `; ${subj(who)} gave a figure of ${bare(n)}`,
    `, but ${subj(who)} said the number was ${bare(n)}`,
  ]);
}
