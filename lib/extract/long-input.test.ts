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
    extractClaims(small);
    let t = performance.now();
    extractClaims(small);
    const smallMs = performance.now() - t;
    t = performance.now();
    extractClaims(large);
    const largeMs = performance.now() - t;
    // Ten times the text may cost a little over ten times the time, never a hundred.
    expect(largeMs).toBeLessThan(Math.max(40 * smallMs, 200));
  });
});
