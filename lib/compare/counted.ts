// What a figure of metric `other` counts. `other` is the claim model's catch-all (trucks, troops
// deployed, patients treated, villages taken), so two `other` figures only compete when they count
// the same thing: "44 trucks" against "32 trucks", never "75 weapons" against "354 members of the
// security forces". The key is the counted phrase's head noun, singular, read from the unit as
// written; a partitive head ("members of the security forces", "number of people") gives way to
// the noun it quantifies.

// Words a unit can start with that are not what it counts ("were civilians", "as members of").
const LEADING = /^(?:(?:were|was|are|is|as|of|the|some|other|more|all|among|including|its|their|his|her)\s+)+/;
// A head followed by one of these is the counted noun ("trucks of trauma kits" → trucks).
const CUT = /\s+(?:of|in|from|to|for|at|by|on|near|across|during|who|that|which|with|into|under|per)\s+/;
const PARTITIVE = new Set(["member", "number", "unit", "piece", "type", "kind", "batch", "group", "total", "dozen", "score", "hundred", "thousand"]);

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

function headNoun(phrase: string, depth: number): string {
  const text = phrase.replace(LEADING, "");
  const cut = CUT.exec(text);
  const head = cut ? text.slice(0, cut.index) : text;
  const noun = singular(head.split(" ").pop() ?? "");
  if (cut && depth === 0 && PARTITIVE.has(noun)) return headNoun(text.slice(cut.index + cut[0].length), 1);
  return noun;
}

// Nouns that say only that people are counted, not what befell them or what they do ("30,000
// people" held in a prison beside "400,000 people" needing aid): no comparison can rest on them.
const GENERIC = new Set(["people", "person", "individual", "other", "them", "one", "those"]);

/** The thing an `other` figure counts ("truck", "force", "percent"); "" when the unit names nothing specific. */
export function countedKey(unit: string): string {
  const text = unit
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}%\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (/%|\bper ?cent\b/.test(text)) return "percent";
  const noun = headNoun(text, 0);
  return GENERIC.has(noun) ? "" : noun;
}
