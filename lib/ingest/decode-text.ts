// Turns the bytes of an uploaded or ingested file into text, or says clearly why it cannot.
// Analysts feed whatever is on disk: UTF-8 with or without BOM, UTF-16 with BOM,
// Latin-1 / Windows-1252 exports, and now and then a PDF or an image by mistake.
import iconv from "iconv-lite";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or a Word/Excel file)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
  ["an executable", [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

// Control characters other than tab, newline, carriage return and form feed mark binary
// data; a text file may carry a stray one, a binary file carries many.
function countControlChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) n++;
  }
  return n;
}

export function decodeText(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): DecodedText {
  if (bytes.length === 0) throw new InputError("the file is empty");
  if (bytes.length > maxBytes) {
    throw new InputError(`the file is ${formatSize(bytes.length)}; one article may be at most ${formatSize(maxBytes)}`);
  }
  const bom = detectBom(bytes);
  if (!bom) {
    const signature = BINARY_SIGNATURES.find(([, sig]) => startsWith(bytes, sig));
    if (signature) throw new InputError(`this is ${signature[0]}, not a text, Markdown or HTML article`);
  }
  let encoding: TextEncoding;
  let text: string;
  if (bom) {
    encoding = bom.encoding;
    text = new TextDecoder(encoding).decode(bytes.subarray(bom.skip));
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      // Not valid UTF-8: the common case is a Windows or Latin-1 export, and
      // Windows-1252 is a superset of Latin-1's printable range. iconv-lite, because this
      // Node build's TextDecoder maps 0x80-0x9F (smart quotes, dashes) to control characters.
      text = iconv.decode(Buffer.from(bytes), "win1252");
      encoding = "windows-1252";
    }
  }
  const nul = text.split("\u0000").length - 1;
  const control = countControlChars(text);
  if (control > 0 && (nul > 16 || control / text.length > 0.01)) {
    throw new InputError(
      `the file holds binary data (${control} control characters${nul ? `, ${nul} NUL bytes` : ""}); save the article as text, Markdown or HTML`,
    );
  }
  // A few stray control characters in otherwise good text are dropped, not fatal.
  text = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, "").replace(/\r\n?/g, "\n");
  if (text.trim().length === 0) throw new InputError("the file holds no text");
  return { text, encoding };
}
