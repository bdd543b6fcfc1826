import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";

const read = (p: string) => ({ bytes: fs.readFileSync(p), fileName: p });

describe("parseArticle on HTML pages", () => {
  it("keeps only the article's visible text, without furniture or scripts", () => {
    const a = parseArticle(read("devset/articles/07_afrin_olive_branch.html"));
    expect(a.format).toBe("html");
    expect(a.title).toBe("Afrin: Ankara's 'neutralised' tally dwarfs monitor's count of the dead");
    expect(a.outlet).toBe("The Levant Ledger");
    expect(a.publishedAt?.toISOString().slice(0, 10)).toBe("2018-03-11");
    expect(a.text).toContain("neutralised 2,777 fighters");
    expect(a.text).not.toMatch(/214 partners|Share on Facebook|dataLayer|Subscribe from/);
    // Paragraphs stay apart, so a sentence never runs across two of them.
    expect(a.text).toMatch(/outright\.\n\nThe Turkish General Staff/);
  });

  it("reads a page with a script-only body as an error, not an empty article", () => {
    const html = "<html><head><title>x</title></head><body><script>var n = 12345;</script></body></html>";
    expect(() => parseArticle({ bytes: Buffer.from(html), fileName: "x.html" })).toThrow(/no visible article text/);
  });

  it("falls back to Readability when there is no <article>", () => {
    const para = "The monitor said 42 civilians were killed in strikes on the town over the week, and that rescue teams were still digging. ";
    const html = `<html><body><nav><a href="/">Home 24/7</a></nav><div class="content"><h1>Strikes hit town</h1><p>${para.repeat(3)}</p><p>${para}</p></div><footer>© 2024 Example News</footer></body></html>`;
    const a = parseArticle({ bytes: Buffer.from(html), fileName: "page.html" });
    expect(a.text).toContain("42 civilians");
    expect(a.text).not.toContain("© 2024");
    expect(a.text).not.toContain("Home 24/7");
  });
});

describe("parseArticle on plain text", () => {
  it("finds title, wire outlet and skips a copyright year as the date", () => {
    const a = parseArticle(read("devset/articles/01_shayrat_wire.txt"));
    expect(a.title).toBe("Russia says only 23 of 59 US cruise missiles reached Syrian air base");
    expect(a.outlet).toBe("Newswire");
    const seed = parseArticle(read("seeds/002_b29287ec1055ce37.txt"));
    expect(seed.publishedAt).toBeNull();
  });

  it("finds a dateline date and an ISO timestamp", () => {
    expect(parseArticle(read("seeds/003_385ef0730a1425af.txt")).publishedAt?.toISOString().slice(0, 10)).toBe("2017-06-23");
    const text = "crawl_date: 2019-07-24T03:12:55Z\nheadline: Market strike kills dozens\ntext:\nBody here.";
    const a = parseArticle({ bytes: Buffer.from(text), fileName: "scraped.txt" });
    expect(a.title).toBe("Market strike kills dozens");
    expect(a.publishedAt?.toISOString().slice(0, 10)).toBe("2019-07-24");
  });

  it("decodes Windows-1252 smart quotes and dashes", () => {
    const bytes = Buffer.concat([Buffer.from("Title line for the test\n\nThe "), Buffer.from([0x93]), Buffer.from("ministry"), Buffer.from([0x94, 0x92]), Buffer.from("s figure "), Buffer.from([0x96]), Buffer.from(" 12 jets.")]);
    const a = parseArticle({ bytes, fileName: "cp1252.txt" });
    expect(a.encoding).toBe("windows-1252");
    expect(a.text).toContain("The “ministry”’s figure – 12 jets.");
  });

  it("strips Markdown markup but keeps table rows as lines", () => {
    const a = parseArticle(read("devset/articles/09_kobani_explainer.md"));
    expect(a.format).toBe("markdown");
    expect(a.title).toBe("Kobani by the numbers: how the siege was counted");
    expect(a.text).toContain("39 | coalition air strikes near Kobani in 48 hours | US Central Command | 15 Oct 2014");
    expect(a.text).not.toMatch(/\|---/);
  });
});
