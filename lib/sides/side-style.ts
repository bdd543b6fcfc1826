// One place for how each side looks, so colours mean the same thing on every page.
// Colour is never the only signal: every chip carries the side's label and a short code.
import { SIDES, type Side } from "@/lib/extract/types";

export interface SideStyle {
  label: string;
  code: string;
  chip: string;
  mark: string;
  dot: string;
}

const STYLES: Record<Side, SideStyle> = {
  russia: { label: "Russia", code: "RU", chip: "bg-red-100 text-red-900 ring-red-300", mark: "bg-red-100 decoration-red-600", dot: "#dc2626" },
  us_coalition: { label: "US / coalition", code: "US", chip: "bg-blue-100 text-blue-900 ring-blue-300", mark: "bg-blue-100 decoration-blue-600", dot: "#2563eb" },
  syria_gov: { label: "Syrian government", code: "SY", chip: "bg-rose-100 text-rose-900 ring-rose-300", mark: "bg-rose-100 decoration-rose-700", dot: "#9f1239" },
  iran: { label: "Iran", code: "IR", chip: "bg-emerald-100 text-emerald-900 ring-emerald-300", mark: "bg-emerald-100 decoration-emerald-700", dot: "#047857" },
  iraq_gov: { label: "Iraqi government", code: "IQ", chip: "bg-teal-100 text-teal-900 ring-teal-300", mark: "bg-teal-100 decoration-teal-700", dot: "#0f766e" },
  turkey: { label: "Turkey", code: "TR", chip: "bg-orange-100 text-orange-900 ring-orange-300", mark: "bg-orange-100 decoration-orange-600", dot: "#ea580c" },
  monitor: { label: "Monitors", code: "MO", chip: "bg-violet-100 text-violet-900 ring-violet-300", mark: "bg-violet-100 decoration-violet-700", dot: "#7c3aed" },
  un: { label: "UN", code: "UN", chip: "bg-sky-100 text-sky-900 ring-sky-300", mark: "bg-sky-100 decoration-sky-700", dot: "#0284c7" },
  rebels: { label: "Rebels / opposition", code: "RB", chip: "bg-lime-100 text-lime-900 ring-lime-400", mark: "bg-lime-100 decoration-lime-700", dot: "#4d7c0f" },
  isis: { label: "ISIS", code: "IS", chip: "bg-stone-200 text-stone-900 ring-stone-400", mark: "bg-stone-200 decoration-stone-700", dot: "#44403c" },
  media: { label: "Media (outlet)", code: "ME", chip: "bg-amber-100 text-amber-900 ring-amber-300", mark: "bg-amber-100 decoration-amber-600", dot: "#b45309" },
  other: { label: "Other", code: "OT", chip: "bg-slate-100 text-slate-800 ring-slate-300", mark: "bg-slate-100 decoration-slate-600", dot: "#64748b" },
};

export function getSideStyle(side: string | null | undefined): SideStyle {
  return STYLES[(side ?? "other") as Side] ?? STYLES.other;
}

export function isSide(value: string): value is Side {
  return (SIDES as readonly string[]).includes(value);
}

export { SIDES };
