// How a figure reads on screen: value, range and qualifier together, never a bare number
// that hides "at least" or "up to".
const QUALIFIER_PREFIX: Record<string, string> = { exact: "", approx: "~", at_least: "≥", at_most: "≤", vague: "" };

export function formatNumber(value: number): string {
  if (value > 0 && value < 1) return fractionLabel(value);
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

function fractionLabel(value: number): string {
  const known: Array<[number, string]> = [[0.5, "half"], [0.3333, "a third"], [0.25, "a quarter"], [0.2, "a fifth"], [0.4, "two-fifths"], [0.6667, "two-thirds"], [0.75, "three-quarters"]];
  const hit = known.find(([v]) => Math.abs(v - value) < 0.002);
  return hit ? hit[1] : value.toFixed(2);
}

export function formatFigure(claim: { value: number; valueMax: number | null; qualifier: string; unit?: string; metric?: string }): string {
  const range = claim.valueMax != null ? `${formatNumber(claim.value)}–${formatNumber(claim.valueMax)}` : formatNumber(claim.value);
  const vague = claim.qualifier === "vague" ? " (vague)" : "";
  const pct = /percent|%/i.test(claim.unit ?? "") ? "%" : "";
  return `${QUALIFIER_PREFIX[claim.qualifier] ?? ""}${range}${pct}${vague}`;
}

export function formatMetric(metric: string): string {
  return metric.replace(/_/g, " ");
}
