import { describe, expect, it } from "vitest";
import { generateArticle, generateArticleWithClaims, generateCorpus } from "./generate-corpus";

// Sentence split good enough for counting distinct sentences (not the extractor's splitter).
function sentences(text: string): string[] {
  return text.split(/\n+|(?<=[.!?]"?)\s+(?=["A-Z0-9])/).map((s) => s.trim()).filter((s) => s.length > 20);
}

describe("generateArticle", () => {
  it("is deterministic for the same index and seed", () => {
    expect(generateArticle(42, 7)).toEqual(generateArticle(42, 7));
    expect(generateArticle(42, 7).text).not.toEqual(generateArticle(42, 8).text);
    expect(generateArticle(42, 7).text).not.toEqual(generateArticle(43, 7).text);
  });

  it("gives the same articles whether streamed or generated one by one", () => {
    const streamed = [...generateCorpus(25, 3)];
    expect(streamed).toHaveLength(25);
    streamed.forEach((a, i) => expect(a).toEqual(generateArticle(i, 3)));
  });

  it("writes a title line, a parseable byline and an ISO date", () => {
    const a = generateArticle(5);
    const [title, byline, blank] = a.text.split("\n");
    expect(title).toBe(a.title);
    expect(byline).toMatch(/^By [A-Z][\w-]* [\w-]+ \| [^|]+ \| \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(byline).toContain(a.outlet);
    expect(blank).toBe("");
    expect(a.publishedAt).toMatch(/^20(1[4-9]|20)-\d{2}-\d{2}$/);
    expect(a.fileName).toMatch(/^syn-000005-[a-z-]+\.txt$/);
  });

  it("has 6-14 body paragraphs and distinct file names", () => {
    const names = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const a = generateArticle(i);
      names.add(a.fileName);
      const paragraphs = a.text.split("\n\n").slice(1);
      expect(paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(paragraphs.length).toBeLessThanOrEqual(15);
    }
    expect(names.size).toBe(200);
  });
});

describe("corpus variety", () => {
  it("rarely repeats a sentence across 200 articles", () => {
    const all = [...generateCorpus(200)].flatMap((a) => sentences(a.text.split("\n\n").slice(1).join("\n\n")));
    const distinct = new Set(all);
    console.log(`variety: ${distinct.size} distinct of ${all.length} sentences`);
    expect(distinct.size / all.length).toBeGreaterThan(0.9);
  });

  it("uses many outlets, titles, scenarios and metrics", () => {
    const arts = Array.from({ length: 400 }, (_, i) => generateArticleWithClaims(i));
    expect(new Set(arts.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(35);
    // Some generic headlines ("What we know about ...") legitimately recur.
    expect(new Set(arts.map((a) => a.title)).size).toBeGreaterThan(340);
    expect(new Set(arts.map((a) => a.fileName.replace(/^syn-\d+-/, ""))).size).toBeGreaterThanOrEqual(8);
    const claims = arts.flatMap((a) => a.claims);
    expect(new Set(claims.map((c) => c.metric)).size).toBe(14);
    expect(new Set(claims.map((c) => c.side)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(claims.map((c) => c.qualifier))).toEqual(new Set(["exact", "approx", "at_least", "at_most", "vague"]));
    expect(claims.some((c) => c.valueMax !== undefined)).toBe(true);
    expect(claims.some((c) => c.value > 0 && c.value < 1)).toBe(true);
  });
});

describe("planted claims", () => {
  it("average about 10 required claims per article", () => {
    let required = 0;
    for (let i = 0; i < 1000; i++) required += generateArticleWithClaims(i).claims.filter((c) => !c.optional).length;
    console.log(`claim density: ${(required / 1000).toFixed(2)} required claims per article`);
    expect(required / 1000).toBeGreaterThan(8);
    expect(required / 1000).toBeLessThan(13);
  });

  it("quote each claim's sentence verbatim and never plant one figure twice", () => {
    for (let i = 0; i < 300; i++) {
      const a = generateArticleWithClaims(i);
      const keys = new Set<string>();
      for (const c of a.claims) {
        expect(a.text).toContain(c.sentence);
        if (c.optional) continue;
        const key = `${c.value}|${c.valueMax ?? ""}|${c.metric}`;
        expect(keys.has(key), `${a.fileName}: ${key}`).toBe(false);
        keys.add(key);
      }
    }
  });
});

describe("speed", () => {
  it("generates 1,000 articles (time printed, not asserted)", () => {
    const started = performance.now();
    let chars = 0;
    for (const a of generateCorpus(1000, 99)) chars += a.text.length;
    const ms = performance.now() - started;
    console.log(`speed: 1,000 articles (${(chars / 1e6).toFixed(1)} MB) in ${ms.toFixed(0)} ms`);
    expect(chars).toBeGreaterThan(0);
  });
});
