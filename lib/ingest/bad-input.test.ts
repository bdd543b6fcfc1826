// The whole parse + extract step (prepareArticle) on the inputs analysts actually feed it.
import { describe, expect, it } from "vitest";
import { InputError } from "./decode-text";
import { prepareArticle } from "./prepare-article";

const utf8 = (s: string) => new TextEncoder().encode(s);
const prepare = (text: string | Uint8Array, fileName = "article.txt") =>
  prepareArticle({ bytes: typeof text === "string" ? utf8(text) : text, fileName });
const refuses = (text: string | Uint8Array, fileName: string, message: RegExp) => {
  let error: unknown;
  try {
    prepare(text, fileName);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(message);
};

function timed<T>(fn: () => T): { result: T; ms: number } {
  const t = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t };
}

describe("prepareArticle on bad input", () => {
  it("an HTML page that is only a script", () => {
    refuses("<!doctype html><html><head><script>var deaths = 120; fetch('/x')</script></head><body><script>document.write(5)</script></body></html>", "page.html", /no visible article text/);
  });

  it("HTML with only navigation and furniture", () => {
    refuses("<html><body><nav><a href='/'>Home 24</a></nav><footer>© 2016 Example 12 partners</footer></body></html>", "page.htm", /no visible article text/);
  });

  it("binary files whatever their extension", () => {
    refuses(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]), "photo.txt", /PNG image/);
    refuses(utf8("%PDF-1.4 binary"), "report.md", /PDF document/);
    refuses(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), "article.html", /ZIP archive/);
  });

  it("a known binary extension even when the bytes look like text", () => {
    refuses("plain words", "report.pdf", /\.pdf files are not supported/);
  });

  it("an article whose text holds NUL bytes", () => {
    refuses("Aleppo\n\n12 people were killed\u0000\u0000", "a.txt", /2 NUL bytes/);
  });

  it("a Windows-1252 article keeps its characters and claims", () => {
    const text = "Strikes on Idlib\n\nThe Syrian Observatory for Human Rights said 40 civilians were killed \u2013 \u201cat least\u201d.";
    const bytes = Uint8Array.from([...text].map((c) => ({ "\u2013": 0x96, "\u201c": 0x93, "\u201d": 0x94 })[c] ?? c.charCodeAt(0)));
    const article = prepare(bytes);
    expect(article.encoding).toBe("windows-1252");
    expect(article.text).toContain("\u2013 \u201cat least\u201d");
    expect(article.claims.map((c) => c.value)).toContain(40);
  });
});

describe("prepareArticle stays fast on pathological pages", () => {
  it("a page with 10,000 numbers, and time grows linearly with their count", () => {
    const page = (n: number) =>
      "Figures\n\n" + Array.from({ length: n }, (_, i) => `On day ${i + 1} the ministry said ${i * 3 + 2} militants were killed.`).join(" ");
    const half = timed(() => prepare(page(5_000)));
    const full = timed(() => prepare(page(10_000)));
    expect(full.result.claims.length).toBeGreaterThan(9_000);
    expect(full.ms).toBeLessThan(20_000);
    // Quadratic work would take four times as long for twice the numbers; allow noise.
    expect(full.ms / half.ms).toBeLessThan(3);
  });

  it("10,000 bare numbers on one line", () => {
    const { ms } = timed(() => prepare("Table\n\n" + Array.from({ length: 10_000 }, (_, i) => String(i * 7)).join(", ")));
    expect(ms).toBeLessThan(5_000);
  });

  it("an extremely long line of words, near the size limit", () => {
    const { result, ms } = timed(() => prepare("Title\n\n" + "word ".repeat(800_000)));
    expect(result.text.length).toBeGreaterThan(3_000_000);
    expect(ms).toBeLessThan(10_000);
  });

  it("a 1 MB run of digits", () => {
    const { ms } = timed(() => prepare("Title\n\n" + "1".repeat(1_000_000)));
    expect(ms).toBeLessThan(5_000);
  });
});
