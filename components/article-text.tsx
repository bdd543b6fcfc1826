import Link from "next/link";
import { getSideStyle } from "@/lib/sides/side-style";
import { splitHighlights, type Span } from "@/lib/articles/split-highlights";

// The stored text is rendered as React text nodes, never as HTML: an article's own markup
// or scripts cannot run here.
export function ArticleText({ text, spans, titles }: { text: string; spans: Span[]; titles: Map<number, string> }) {
  const paragraphs = splitHighlights(text, spans);
  return (
    <div className="space-y-4 text-[1.0625rem] leading-relaxed text-slate-800">
      {paragraphs.map((p) => (
        <p key={p.start} className="whitespace-pre-line">
          {p.segments.map((s, i) =>
            s.kind === "text" ? (
              s.text
            ) : (
              <mark
                key={i}
                id={`m-${s.span.key}`}
                className={`rounded px-0.5 text-inherit underline decoration-2 underline-offset-2 ${getSideStyle(s.span.side).mark}`}
              >
                <Link href={`#claim-${s.span.claimId}`} title={titles.get(s.span.claimId)} className="text-inherit underline decoration-inherit">
                  {s.text}
                </Link>
              </mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
