// Which metric a counted noun class, person class and event make: "27 civilians killed" -> civilians_killed,
// "22 flights" -> sorties. Split from metrics.ts.
import type { Metric } from "./types";
import type { NounClass } from "./lexicon";
import type { Ev } from "./metric-events";

export function decideMetric(noun: NounClass | null, person: NounClass | null, event: Ev | null): Metric | null {
  // people "killed or wounded", "killed and wounded" are casualties, neither a toll nor an injury count: an other
  // figure, whoever they are (a "neutralised" tally is read as kills by its own word)
  if (event === "mixed") event = null;
  if (noun === "death") event = "kill";
  if (noun === "injury") return "people_injured";
  // refugees who went home are returns, counted as other figures, not displacement
  // ("12 displaced people died in camps": what befell them is what is counted)
  if (noun === "displaced") return event === "return" ? "other" : event === "kill" ? "people_killed" : event === "injure" ? "people_injured" : "people_displaced";
  if (person || noun === "death") {
    switch (event) {
      case "kill": return person === "civilian" ? "civilians_killed" : person === "militant" ? "militants_killed"
        : person === "soldier" ? "soldiers_killed" : "people_killed";
      case "injure": return "people_injured";
      // (troops a base hosts, fighters bussed out under a deal: a force's size or move, not displacement)
      case "displace": return person === "soldier" || person === "militant" ? "other" : "people_displaced";
      case "trap": return "people_trapped";
      default: return "other";
    }
  }
  switch (noun) {
    case "sorties": return "sorties";
    case "strikes": return "strikes";
    case "targets": return "targets_hit";
    // ("its volunteers have lost three centres to air strikes": facilities lost are hit)
    case "facility": return event === "destroy" || event === "kill" ? "targets_hit" : null;
    // schools, markets, mosques hit or destroyed are targets hit; "2,300 schools suspended classes" is a count of things
    case "site": return event === "destroy" ? "targets_hit" : "other";
    case "missiles": return "missiles";
    // vehicles are a loss when something happened to them; "44 trucks will carry food" is a count of things
    case "vehicles": return event === "deliver" ? "other" : "vehicles_destroyed";
    case "aircraft": return "aircraft";
    case "territory": return event === "displace" || event === "trap" ? null : "territory";
    case "times": return event === "destroy" ? "strikes" : null;
    case "other": return "other";
    default: return null;
  }
}
