// Cuts an article's text into paragraphs of plain and highlighted segments, keeping the
// stored offsets, so every highlighted figure sits exactly where the extractor found it.

export interface Span {
  start: number;
  end: number;
  key: string;
  claimId: number;
  side: string;
}

export type Segment = { kind: "text"; text: string } | { kind: "mark"; text: string; span: Span };

export interface Paragraph {
  start: number;
  segments: Segment[];
}

export function splitHighlights(text: string, spans: Span[]): Paragraph[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping spans (a range inside a restatement) keep the first; nesting marks would break the text.
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  const paragraphs: Paragraph[] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  let spanIndex = 0;
  const pushParagraph = (start: number, end: number) => {
    const segments: Segment[] = [];
    let cursor = start;
    while (spanIndex < kept.length && kept[spanIndex].start < end) {
      const span = kept[spanIndex++];
      if (span.start < cursor) continue;
      if (span.start > cursor) segments.push({ kind: "text", text: text.slice(cursor, span.start) });
      const markEnd = Math.min(span.end, end);
      segments.push({ kind: "mark", text: text.slice(span.start, markEnd), span });
      cursor = markEnd;
    }
    if (cursor < end) segments.push({ kind: "text", text: text.slice(cursor, end) });
    if (segments.some((s) => s.text.trim())) paragraphs.push({ start, segments });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    pushParagraph(from, m.index);
    from = m.index + m[0].length;
  }
  pushParagraph(from, text.length);
  return paragraphs;
}
