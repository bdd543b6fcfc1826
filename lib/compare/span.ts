// The time a figure covers, read from its period and its article's date. Per the claim model,
// a figure's span ends at the article date; "since:" and "total" figures are cumulative and
// are never compared with per-incident figures as if they covered the same span.
export type SpanKind = "per_incident" | "cumulative";

export interface Span {
  kind: SpanKind;
  /** Figures with the same key cover the same kind of span and may be compared. */
  key: string;
  /** Human label: "a day", "a week", "cumulative since 30 Sep 2015". */
  label: string;
  /** Length in days for per-incident spans (0 when the text gives none). */
  days: number;
  /** Epoch ms, null when the article is undated. */
  start: number | null;
  end: number | null;
}

export const DAY_MS = 86_400_000;
// The longest stated span still read as one incident (a month, as the "month" period).
const LONGEST_INCIDENT_DAYS = 31;
// An open-ended "total" is read as at most a year long, so it cannot swallow a whole war.
const TOTAL_LOOKBACK_DAYS = 365;

const FIXED: Record<string, { days: number; key: string; label: string }> = {
  overnight: { days: 1, key: "day", label: "overnight" },
  day: { days: 1, key: "day", label: "a day" },
  "48h": { days: 2, key: "48h", label: "48 hours" },
  "72h": { days: 3, key: "72h", label: "72 hours" },
  week: { days: 7, key: "week", label: "a week" },
  month: { days: 31, key: "month", label: "a month" },
};

function parseDay(s: string): number | null {
  const full = /^\d{4}$/.test(s) ? `${s}-01-01` : /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s;
  const t = Date.parse(`${full}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

// One formatter for every call: toLocaleDateString builds a new Intl formatter each time, which
// was most of the comparison's grouping time (readSpan labels thousands of figures per view).
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDay(ms: number): string {
  return DAY_FORMAT.format(ms);
}

// What a period says whatever the article date, read once per distinct period string (a
// comparison reads thousands of figures with a few dozen periods; the labels format dates).
type PeriodSpan =
  | { of: "article"; kind: Span["kind"]; key: string; label: string; days: number; /** start = end - lookback */ lookback: number | null }
  | { of: "fixed"; span: Omit<Span, "end" | "start"> & { start: number; end: number } }
  | { of: "since"; key: string; label: string; start: number | null };

function readPeriod(p: string): PeriodSpan {
  const fixed = FIXED[p];
  if (fixed) return { of: "article", kind: "per_incident", key: fixed.key, label: fixed.label, days: fixed.days, lookback: fixed.days * DAY_MS };
  const between = /^between:(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(p);
  if (between) {
    const a = parseDay(between[1]);
    const b = parseDay(between[2]);
    if (a != null && b != null && b >= a) {
      const days = Math.round((b - a) / DAY_MS) + 1;
      const label = `${formatDay(a)} – ${formatDay(b)}`;
      // a span longer than a month ("15,000 died in 2011") is a running total over it, never one incident
      if (days > LONGEST_INCIDENT_DAYS) return { of: "fixed", span: { kind: "cumulative", key: "cumulative", label: `cumulative ${label}`, days: 0, start: a, end: b + DAY_MS - 1 } };
      return { of: "fixed", span: { kind: "per_incident", key: `days:${days}`, label, days, start: a, end: b + DAY_MS - 1 } };
    }
  }
  // ("since:2015-09", a month with no day, as the claim-model extensions allow)
  const since = /^since:(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(p);
  if (since) {
    const from = parseDay(since[1]);
    const shown = since[1].length === 4 ? since[1] : from == null ? since[1] : since[1].length === 7 ? formatDay(from).replace(/^1 /, "") : formatDay(from);
    return { of: "since", key: "cumulative", label: `cumulative since ${shown}`, start: from };
  }
  if (p === "total") return { of: "article", kind: "cumulative", key: "cumulative", label: "cumulative total", days: 0, lookback: TOTAL_LOOKBACK_DAYS * DAY_MS };
  // No period in the text: most such figures report one incident near the article date.
  return { of: "article", kind: "per_incident", key: "unstated", label: p ? p : "span not stated", days: 0, lookback: 0 };
}

// Memoised by period string; bounded, since stored data could hold anything.
const periods = new Map<string, PeriodSpan>();

export function readSpan(period: string | null, date: Date | null): Span {
  const end = date ? date.getTime() : null;
  const p = period?.trim() ?? "";
  let read = periods.get(p);
  if (!read) {
    read = readPeriod(p);
    if (periods.size < 10_000) periods.set(p, read);
  }
  if (read.of === "fixed") return { ...read.span };
  if (read.of === "since") return { kind: "cumulative", key: read.key, label: read.label, days: 0, start: read.start, end };
  return { kind: read.kind, key: read.key, label: read.label, days: read.days, start: end == null ? null : end - (read.lookback ?? 0), end };
}
