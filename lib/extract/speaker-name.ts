import type { Token } from "./tokens";

/**
 * A speaker's name as a reader sees it: its words with their commas, without a leading article or
 * a possessive that points back ("Its spokesman, Ahmed al-Mismari"), a relative clause ("who
 * declined to be named") or a description set off after a comma ("Yahya Saree, the group's military
 * spokesman", "a commander in the National Defence Forces, a pro-government militia"); a name after
 * a role stays ("the governor of Hama, Abdel Kadim Bakour").
 */
export function speakerName(t: Token[], from: number, to: number): string {
  return t.slice(from, to).filter((x) => x.type === "word" || x.text === ",").map((x) => x.text).join(" ")
    .replace(/ ,/g, ",").replace(/^(?:the|a|an|its|their|his|her|our) /i, "").replace(/,? (?:who|which) .*$/, "")
    .replace(/, (?:a|an|the)\b.*$/i, "").replace(/^,\s*|,\s*$/g, "").replace(/,(?=,)/g, "");
}

