// Turns the bytes of an uploaded or ingested file into text, or says clearly why it cannot.
// Analysts feed whatever is on disk: UTF-8 with or without BOM, UTF-16 with or without BOM,
// Latin-1 / Windows-1252 exports, and now and then a PDF, an image or an archive by mistake.
// Every refusal is an InputError whose message names the problem, so the CLI and the upload
// page can show it as is.

import iconv from "iconv-lite";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;

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
  ["a ZIP archive (or a Word/Excel/ODF file)", [0x50, 0x4b, 0x03, 0x04]],
  ["an empty ZIP archive", [0x50, 0x4b, 0x05, 0x06]],
  ["an old Word/Excel (OLE2) document", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a bzip2 archive", [0x42, 0x5a, 0x68]],
  ["a 7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["a RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["a WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
  ["an SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ["an executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["a WebAssembly module", [0x00, 0x61, 0x73, 0x6d]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function describeFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

// UTF-16 saved without a BOM: mostly ASCII text leaves a zero in every other byte.
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

// True when the bytes hold at least one well-formed multi-byte UTF-8 sequence: then a decode
// failure elsewhere means a damaged or mixed file, not a Latin-1 one.
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i];
    if (b >= 0xc2 && b <= 0xf4) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      let ok = i + len <= bytes.length;
      for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
      if (ok) return true;
    }
  }
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // "Prefix decodes in streaming mode" is monotone (an incomplete trailing sequence is not an
  // error while streaming), so a binary search finds the first bad byte in log(n) decodes.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // lo bytes decode; the culprit is byte lo, or the lead byte of the sequence it breaks.
  let k = lo - 1;
  while (k >= 0 && lo - k < 4 && (bytes[k] & 0xc0) === 0x80) k--;
  return k >= 0 && bytes[k] >= 0xc0 && lo - k < 4 ? k : lo;
}

// Control characters other than tab, newline, carriage return and form feed.
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
    throw new InputError(`the file is ${describeFileSize(bytes.length)}; one article may be at most ${describeFileSize(maxBytes)}`);
  }
  const bom = detectBom(bytes);
  if (!bom) {
    const signature = BINARY_SIGNATURES.find(([, sig]) => startsWith(bytes, sig));
    if (signature) throw new InputError(`this is ${signature[0]}, not a text, Markdown or HTML article`);
  }
  const utf16 = bom ? null : sniffUtf16(bytes);
  let encoding: TextEncoding;
  let text: string;
  if (bom || utf16) {
    encoding = bom?.encoding ?? utf16!;
    const body = bytes.subarray(bom?.skip ?? 0);
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      throw new InputError(`the file says it is ${encoding.toUpperCase()} but holds bytes that are not; re-save it as UTF-8`);
    }
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      if (hasUtf8Sequence(bytes)) {
        throw new InputError(
          `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}) yet holds UTF-8 text elsewhere: it mixes encodings or is damaged; re-save it as UTF-8`,
        );
      }
      // Not UTF-8 at all: the common case is a Windows or Latin-1 export, and
      // Windows-1252 is a superset of Latin-1's printable range.
      // Node's TextDecoder treats this label as ISO-8859-1 without full ICU, turning curly
      // quotes and dashes into control characters; iconv-lite has the real table.
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
      encoding = "windows-1252";
    }
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const count = text.split("\u0000").length - 1;
    throw new InputError(
      `the file holds ${count} NUL byte${count === 1 ? "" : "s"} (first at character ${nul}): it is binary or in an unsupported encoding; save the article as text, Markdown or HTML`,
    );
  }
  const control = countControlChars(text);
  if (control > 8 && control / text.length > 0.01) {
    throw new InputError(`the file holds binary data (${control} control characters); save the article as text, Markdown or HTML`);
  }
  // A few stray control characters (a DOS end-of-file mark, a vertical tab) are dropped, not fatal.
  text = text.replace(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g, "").replace(/\r\n?/g, "\n");
  if (text.trim().length === 0) throw new InputError("the file holds no text");
  return { text, encoding };
}

// A file name as an upload (or an API client) gives it. Browsers send a bare name; one with
// folders, "..", or control characters is refused rather than cleaned, so a hostile name is
// reported instead of stored, and nothing downstream ever treats it as a path.
export function checkFileName(name: string): string {
  if (name.length === 0 || name.trim().length === 0) throw new InputError("the file has no name");
  if (name.length > MAX_FILE_NAME_LENGTH) throw new InputError(`the file name is ${name.length} characters long; at most ${MAX_FILE_NAME_LENGTH} are allowed`);
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new InputError("the file name holds control characters");
  if (/[\\/]/.test(name)) throw new InputError(`the file name "${name.replace(/[^\x20-\x7e]/g, "?").slice(0, 80)}" holds a path separator; give a bare file name`);
  if (name === "." || name === ".." || /^\.+$/.test(name.trim())) throw new InputError(`"${name}" is not a file name`);
  return name.trim();
}
