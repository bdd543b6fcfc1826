// Finds a plain-text article's title, outlet and publication date where the text gives them.
// Only the head of the article is read: a date deep in the body is an event, not a dateline,
// and a copyright year is never a publication date.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "i");
// An ISO date may run straight into its time ("2019-07-24T03:12:55Z").
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const HEAD_CHARS = 900;

// Lines that label the document rather than name it.
const LABEL_LINE = /^(press release|transcript|opinion|analysis|explainer|live|news|for immediate release|breaking|update[d]?|text:?)$/i;
const NAV_LINE = /^([•·*-]\s|news\s*[/>]|home\s*[/>])/i;

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

function utcDate(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? date : null;
}

export function parseDateText(text: string): Date | null {
  const iso = ISO_DATE.exec(text);
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const found = [
    iso && { at: iso.index, date: utcDate(+iso[1], +iso[2] - 1, +iso[3]) },
    dmy && { at: dmy.index, date: utcDate(+dmy[3], monthIndex(dmy[2]), +dmy[1]) },
    mdy && { at: mdy.index, date: utcDate(+mdy[3], monthIndex(mdy[1]), +mdy[2]) },
  ].filter((f): f is { at: number; date: Date | null } => Boolean(f?.date));
  found.sort((a, b) => a.at - b.at);
  return found[0]?.date ?? null;
}

export function findPublishedDate(text: string): Date | null {
  const head = text
    .slice(0, HEAD_CHARS)
    .split("\n")
    .filter((line) => !/©|\(c\)\s*\d{4}|copyright|all rights reserved/i.test(line))
    .join("\n");
  return parseDateText(head);
}

export function findTitle(text: string): string | null {
  const keyed = /^(?:headline|title):\s*(.+)$/im.exec(text.slice(0, HEAD_CHARS));
  if (keyed) return keyed[1].trim();
  for (const raw of text.split("\n").slice(0, 15)) {
    const line = raw.replace(/^#+\s*/, "").replace(/^LIVE:\s*/, "").trim();
    if (line.length < 12 || line.length > 220 || LABEL_LINE.test(line) || NAV_LINE.test(line)) continue;
    if (/^(by|published|updated|posted)\b/i.test(line) || /^[a-z_]+:\s/.test(line)) continue;
    // A title does not end in a full stop; a first sentence of body copy does.
    if (/[.!]$/.test(line) && line.length > 120) return null;
    return line.replace(/\s+/g, " ");
  }
  return null;
}

export function findOutlet(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const keyed = /^(?:outlet|source|publisher|publication):\s*(.+)$/im.exec(head);
  if (keyed) return keyed[1].trim();
  // Wire dateline: "MOSCOW, April 7 (Reuters) -"
  const dateline = /^[A-Z][A-Z/ .,'-]{2,60},?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\s+)?\(([A-Z][\w .&'-]{1,40})\)\s*[-–—]/m.exec(head);
  if (dateline) return dateline[1].trim();
  // Byline with pipes: "By Jane Doe | The Levant Ledger | 3 March 2018"
  const byline = /^By [^|\n]+\|\s*([^|\n]+?)\s*(?:\||$)/im.exec(head);
  if (byline && !parseDateText(byline[1]) && !/\d{1,2}:\d{2}/.test(byline[1])) return byline[1].trim();
  const staff = /^By ([A-Z][\w&' -]+?) (?:staff|correspondents?|reporters?)$/m.exec(head);
  if (staff) return staff[1].trim();
  return null;
}
