import { describe, expect, it } from "vitest";
import { checkFileName, decodeText, InputError, MAX_ARTICLE_BYTES } from "./decode-text";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);
const refuses = (input: Uint8Array, message: RegExp) => {
  expect(() => decodeText(input)).toThrow(InputError);
  expect(() => decodeText(input)).toThrow(message);
};

describe("decodeText refuses what is not an article", () => {
  it("empty and whitespace-only files", () => {
    refuses(new Uint8Array(0), /the file is empty/);
    refuses(utf8(" \n\t\r\n "), /holds no text/);
  });

  it("binary files by their signature", () => {
    refuses(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), /PNG image/);
    refuses(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), /PDF document/);
    refuses(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0), /ZIP archive/);
    refuses(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), /JPEG image/);
    refuses(utf8("SQLite format 3\u0000"), /SQLite database/);
  });

  it("a file over the article limit, by size and before decoding", () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    refuses(big, /5\.0 MB; one article may be at most 5\.0 MB/);
  });

  it("NUL bytes, with their count and first position", () => {
    refuses(utf8("Some text\u0000with a NUL"), /1 NUL byte \(first at character 9\)/);
    const noisy = new Uint8Array(400).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    refuses(noisy, /NUL bytes/);
  });

  it("random bytes that are mostly control characters", () => {
    const junk = new Uint8Array(1000).map((_, i) => (i * 37) % 31 || 1);
    refuses(junk, /binary data/);
  });

  it("damaged UTF-8 next to good UTF-8, naming the offset", () => {
    const good = utf8("Über 120 Menschen — laut Angaben ");
    const damaged = new Uint8Array([...good, 0xc3, 0x28, ...utf8(" mehr")]);
    refuses(damaged, new RegExp(`offset ${good.length}\\b.*mixes encodings`));
  });

  it("UTF-16 that claims a BOM but has an unpaired surrogate", () => {
    refuses(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00), /says it is UTF-16LE/);
  });
});

describe("decodeText reads the encodings analysts have", () => {
  it("UTF-8 with and without BOM, CRLF normalised", () => {
    expect(decodeText(utf8("Aleppo — 12 killed\r\nline two"))).toEqual({ text: "Aleppo — 12 killed\nline two", encoding: "utf-8" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8("Homs"))).text).toBe("Homs");
  });

  it("Latin-1 and Windows-1252", () => {
    // "Déclaration: 40 tués" in Latin-1, and Windows-1252 curly quotes and an en dash.
    const latin1 = bytes(...[..."D"].map((c) => c.charCodeAt(0)), 0xe9, ...utf8("claration: 40 tu"), 0xe9, 0x73);
    expect(decodeText(latin1)).toEqual({ text: "Déclaration: 40 tués", encoding: "windows-1252" });
    const cp1252 = bytes(0x93, ...utf8("Forty"), 0x94, 0x20, 0x96, 0x20, ...utf8("said"));
    expect(decodeText(cp1252)).toEqual({ text: "“Forty” – said", encoding: "windows-1252" });
  });

  it("UTF-16 with BOM, both byte orders, and without BOM", () => {
    const s = "Idlib: 30 civilians killed, SOHR said.";
    const le = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) le[i * 2] = s.charCodeAt(i);
    expect(decodeText(bytes(0xff, 0xfe, ...le))).toEqual({ text: s, encoding: "utf-16le" });
    const be = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) be[i * 2 + 1] = s.charCodeAt(i);
    expect(decodeText(bytes(0xfe, 0xff, ...be))).toEqual({ text: s, encoding: "utf-16be" });
    expect(decodeText(le)).toEqual({ text: s, encoding: "utf-16le" });
  });

  it("drops a stray control character instead of failing the file", () => {
    expect(decodeText(utf8("Raqqa\u001a report\u000b ends")).text).toBe("Raqqa report ends");
  });

  it("an extremely long line", () => {
    const line = "word ".repeat(400_000);
    expect(decodeText(utf8(line)).text.length).toBe(line.length);
  });
});

describe("checkFileName", () => {
  it("accepts a bare name and trims it", () => {
    expect(checkFileName(" report 12.txt ")).toBe("report 12.txt");
    expect(checkFileName("ünïcode—name.md")).toBe("ünïcode—name.md");
  });

  it.each([
    ["../../etc/passwd", /path separator/],
    ["a/b.txt", /path separator/],
    ["..\\windows\\win.ini", /path separator/],
    ["..", /not a file name/],
    [".", /not a file name/],
    ["", /no name/],
    ["name\u0000.txt", /control characters/],
    ["x".repeat(300) + ".txt", /at most 255/],
  ])("refuses %j", (name, message) => {
    expect(() => checkFileName(name)).toThrow(InputError);
    expect(() => checkFileName(name)).toThrow(message);
  });
});
