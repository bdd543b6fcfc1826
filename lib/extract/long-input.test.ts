import { describe, expect, it } from "vitest";
import { extractClaims } from "./index";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences";

describe("run-on input", () => {
  it("cuts a sentence without stops into pieces no longer than the cap, keeping offsets", () => {
    const text = "5 people were killed and ".repeat(400);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("keeps extraction time linear on a 2,000-figure run-on sentence", () => {
    const small = "Title\n\n" + "5 people were killed and ".repeat(200) + "end.";
    const large = "Title\n\n" + "5 people were killed and ".repeat(2000) + "end.";
    // The fastest of a few runs: a busy machine can stall any one run, never all of them.
    const fastest = (text: string) => Math.min(...Array.from({ length: 4 }, () => {
      const t = performance.now();
      extractClaims(text);
      return performance.now() - t;
    }));
    extractClaims(small);
    const smallMs = fastest(small);
    const largeMs = fastest(large);
    // Ten times the text may cost a little over ten times the time, never a hundred.
    expect(largeMs).toBeLessThan(Math.max(40 * smallMs, 200));
  });
});
