// Everything around the planted claims: place and period phrases, headlines, and background
// sentences full of numbers that are NOT claims (dates, clock times, ages, weapon models,
// resolution numbers, ordinals, phone and page numbers), as real war reporting is.
import type { Random } from "./prng";
import type { Scenario } from "./scenarios";

export type Period = "overnight" | "day" | "week" | "month" | "total" | `since:${string}`;

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A time phrase and the period an annotator would label; the magnitude of a figure depends on it. */
export function periodPhrase(r: Random, sc: Scenario, published: Date, metric: string): { text: string; period?: Period } {
  // Counts of people still trapped are a snapshot: a time span would make the sentence wrong.
  if (metric === "people_trapped" || metric === "territory") return { text: "" };
  const back = new Date(published.getTime() - r.int(5, 60) * 86_400_000);
  const start = new Date(`${sc.from}T00:00:00Z`);
  const since = back < start ? start : back;
  const day = `${MONTH_NAMES[since.getUTCMonth()]} ${since.getUTCDate()}`;
  return r.weighted<{ text: string; period?: Period }>([
    [{ text: "" }, 3],
    [{ text: " overnight", period: "overnight" }, 1],
    [{ text: r.pick([" over the past 24 hours", " in the past day", " on Sunday", " on Tuesday"]), period: "day" }, 3],
    [{ text: r.pick([" in the past week", " over the past seven days", " last week"]), period: "week" }, 2],
    [{ text: r.pick([" this month", " in the past month", ` in ${MONTH_NAMES[published.getUTCMonth()]}`]), period: "month" }, 1],
    [{ text: r.pick([` in the weeks since ${day}`, ` in the period since ${day}`]), period: `since:${isoDate(since)}` }, 2],
    [{ text: r.pick([` over the course of ${sc.operation}`, ` during ${sc.operation}`]), period: "total" }, 1],
  ]);
}

export function placePhrase(r: Random, sc: Scenario): { text: string; location?: string } {
  const place = r.pick(sc.places);
  return r.weighted<{ text: string; location?: string }>([
    [{ text: "" }, 2],
    [{ text: ` in ${place}`, location: place }, 3],
    [{ text: ` around ${place}`, location: place }, 1],
    [{ text: ` near ${place}`, location: place }, 1],
    [{ text: ` in ${sc.region}`, location: sc.region }, 2],
  ]);
}

const WEAPONS = ["Su-34", "Su-24M", "Su-25", "Tu-160", "Tu-22M3", "Ka-52", "Mi-28N", "F-15E", "F-16", "B-52", "MQ-9 Reaper",
  "AC-130", "T-72", "T-90", "BM-21 Grad", "Kh-101", "Kalibr", "Tomahawk", "S-400", "Pantsir-S1", "Bayraktar TB2", "M777"];
const JETS: readonly [readonly string[], readonly string[]] = [["Su-34", "Su-24M", "F-15E", "Tornado GR4"], ["Su-25", "Su-35", "F-16", "MQ-9 Reaper"]];
const RESOLUTIONS: readonly (readonly [string, string])[] = [["2254", "2015"], ["2401", "2018"], ["2118", "2013"], ["2165", "2014"], ["2336", "2016"]];
// Ground units by attacking side, so a Turkish operation is not led by a Syrian army division.
const UNITS: Readonly<Record<string, readonly string[]>> = {
  russia: ["the 4th Armoured Division", "the 25th Special Mission Forces Division", "the 5th Corps", "the 16th Mobile Division"],
  syria_gov: ["the 4th Armoured Division", "the Republican Guard", "the 25th Special Mission Forces Division", "the 1st Brigade"],
  turkey: ["the Hamza Division", "the Sultan Murad Division", "Turkish commando units", "the 2nd Army's armoured units"],
  us_coalition: ["the SDF's Manbij Military Council", "US Marine artillery units", "Arab tribal units of the SDF"],
  iraq_gov: ["the Golden Division", "the 9th Armoured Division of the Iraqi army", "federal police units", "the Emergency Response Division"],
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WHO_SAYS = ["Diplomats", "Western officials", "Russian officials", "UN envoys", "European ministers", "Turkish officials"];
const JOBS = ["teacher", "baker", "nurse", "farmer", "shopkeeper", "pharmacist", "taxi driver", "student", "mechanic", "imam"];
const CANNOT = ["None of the figures could be independently verified", "The figures could not be checked independently",
  "Reporters were unable to confirm the tolls", "No independent observer has been able to confirm these numbers"];
const ACCESS = ["access to {R} is tightly restricted", "journalists have little access to {R}", "the roads into {R} are closed",
  "communications with {R} are intermittent", "foreign reporters rarely reach {R}"];

function clock(r: Random): string {
  return `${String(r.int(0, 23)).padStart(2, "0")}:${r.pick(["05", "10", "15", "20", "30", "40", "45", "50", "55"])}`;
}

/** Background sentences; none of them carries a countable claim. Slots keep them from repeating. */
export const BACKGROUND: readonly ((r: Random, sc: Scenario, published: Date) => string)[] = [
  (r, sc) => `The strikes on ${r.pick(sc.places)} were carried out by ${r.pick(JETS[0])} and ${r.pick(JETS[1])} aircraft, according to ${r.pick(["footage seen by reporters", "residents", "a pilot-tracking network", "spotters on the ground"])}.`,
  (r, sc) => `Residents said the first raid on ${r.pick(sc.places)} came at ${clock(r)} local time${r.pick(["", " on " + r.pick(WEEKDAYS), ", shortly after dawn prayers", ", as markets were opening"])}.`,
  (r, sc) => `A ${r.int(19, 76)}-year-old ${r.pick(JOBS)} from ${r.pick(sc.places)} said ${r.pick(["the family had fled with nothing but blankets", "she had not slept for days", "his street had been hit twice", "they were sheltering in a basement"])}.`,
  (r, sc) => `${capitalised(r.pick(UNITS[sc.attacker] ?? UNITS.syria_gov))} led the advance towards ${r.pick(sc.places)}, ${r.pick(["state television said", "a military source said", "pro-government media reported"])}.`,
  (r) => { const [res, year] = r.pick(RESOLUTIONS); return `${r.pick(WHO_SAYS)} ${r.pick(["say", "insist", "have argued"])} that any settlement must ${r.pick(["respect", "follow", "build on"])} UN Security Council Resolution ${res}, adopted in ${year}${r.pick(["", ", though little of it has been implemented", ", which all the main powers backed"])}.`; },
  (r, sc) => `Video posted online ${r.pick(["on " + r.pick(WEEKDAYS), "overnight", "by activists"])} showed a ${r.pick(["T-72 tank", "BM-21 Grad launcher", "T-90 tank", "ZU-23-2 gun", "BMP-2 vehicle"])} on the outskirts of ${r.pick(sc.places)}.`,
  (r, sc) => `${r.pick(CANNOT)}, and ${r.pick(ACCESS).replace("{R}", r.chance(0.5) ? sc.region : r.pick(sc.places))}.`,
  (r, sc, p) => `Fighting around ${r.pick(sc.places)} has continued almost without pause since ${MONTH_NAMES[(p.getUTCMonth() + 11) % 12]} ${r.int(1, 28)}.`,
  (r) => `The ${r.pick(WEAPONS)}, ${r.pick(["which entered service in the", "a design dating from the", "first fielded in the"])} ${r.pick(["1970s", "1980s", "1990s", "2000s"])}, has been ${r.pick(["used widely", "seen repeatedly", "filmed often"])} in the war.`,
  (r, sc) => `Each side accuses the other of ${r.pick(["using civilians as human shields", "breaking the truce first", "shelling residential areas"])} in ${r.chance(0.5) ? sc.region : r.pick(sc.places)}.`,
  (r) => `Talks in ${r.pick(["Astana", "Geneva", "Sochi", "Vienna", "Ankara"])} on ${r.int(1, 28)} ${r.pick(MONTH_NAMES)} ${r.pick(["ended without agreement", "were postponed", "broke up early", "produced only a joint statement"])}.`,
  (r, sc) => `A ceasefire announced at ${r.int(1, 12)} ${r.pick(["a.m.", "p.m."])} on ${r.pick(WEEKDAYS)} collapsed within hours, residents of ${r.pick(sc.places)} said.`,
  (r) => `The ${r.pick(["Kalibr", "Tomahawk", "Kh-101", "Storm Shadow", "Kh-555"])} cruise missile ${r.pick(["can be fired from far outside Syria", "was used in the war for the first time that year", "is launched from ships, submarines or bombers"])}.`,
  (r, sc) => `${r.pick(["Aid agencies", "The Red Cross", "Doctors in the area", "Local councils"])} have repeatedly called for ${r.pick(["unhindered access to", "a pause in the fighting around", "medical evacuations from"])} ${r.pick(sc.places)}.`,
  (r, sc) => `The road between ${r.pick(sc.places)} and ${r.pick(sc.places)} ${r.pick(["was cut on", "reopened on", "came under fire on"])} ${r.pick(WEEKDAYS)}, ${r.pick(["drivers said", "a local official said", "activists said"])}.`,
  (r, sc, p) => `The ${r.pick(["offensive", "bombardment", "siege", "campaign"])} began on ${r.int(1, 28)} ${MONTH_NAMES[(p.getUTCMonth() + 10) % 12]}, ${r.pick(["after talks broke down", "days after a truce expired", "following weeks of build-up"])} around ${r.pick(sc.places)}.`,
  (r) => `${r.pick(["Satellite images", "Drone footage", "Photographs"])} released on ${r.pick(WEEKDAYS)} at ${clock(r)} GMT appeared to show ${r.pick(["collapsed buildings", "cratered runways", "burnt-out vehicles", "a destroyed bridge"])}.`,
];

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Closing lines of some articles: newsroom contact, page and copyright, all distractors. */
export function footer(r: Random, outlet: string, published: Date): string {
  const phone = `+${r.pick(["44 20", "90 312", "961 1", "7 495", "1 202"])} 555 0${r.int(100, 199)}`;
  return r.pick([
    `Newsroom tips: ${phone} (24/7).`,
    `(c) ${published.getUTCFullYear()} ${outlet}. All rights reserved. Page ${r.int(1, 3)} of 3.`,
    `Reporting by the ${outlet} desk; editing by the world team. Call ${phone}.`,
    `Continued on page ${r.int(2, 40)}.`,
  ]);
}
