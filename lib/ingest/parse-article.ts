// One entry point from a file's bytes to the article the app stores: cleaned text that
// claim offsets point into, with title, outlet and date where the text gives them.
import { decodeText, InputError, MAX_ARTICLE_BYTES, type TextEncoding } from "./decode-text";
import { findOutlet, findPublishedDate, findTitle, parseDateText } from "./find-metadata";
import { extractHtmlArticle } from "./html-to-text";
import { markdownToText } from "./markdown-to-text";

export type ArticleFormat = "text" | "markdown" | "html";

export interface ParsedArticle {
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  text: string;
  format: ArticleFormat;
  original: string;
  encoding: TextEncoding;
}

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  maxBytes?: number;
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html", xhtml: "html",
};

export function detectFormat(fileName: string, text: string): ArticleFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext && EXTENSIONS[ext]) {
    // A page saved as .txt is still HTML; sniff before trusting the extension.
    if (EXTENSIONS[ext] !== "html" && /^\s*(<!doctype html|<html[\s>])/i.test(text)) return "html";
    return EXTENSIONS[ext];
  }
  if (ext && !/^(txt|md|html?)$/.test(ext) && /^(pdf|docx?|xlsx?|zip|png|jpe?g|gif|exe|bin)$/.test(ext)) {
    throw new InputError(`.${ext} files are not supported; save the article as .txt, .md or .html`);
  }
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return "html";
  return "text";
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.replace(/\.[a-z]+$/i, "") || "untitled";
}

export function parseArticle({ bytes, fileName, maxBytes = MAX_ARTICLE_BYTES }: ParseInput): ParsedArticle {
  const { text: original, encoding } = decodeText(bytes, maxBytes);
  const format = detectFormat(fileName, original);
  if (format === "html") {
    const page = extractHtmlArticle(original);
    if (page.text.trim().length === 0) throw new InputError("the page has no visible article text (only scripts, styles or navigation)");
    return {
      title: page.title || findTitle(page.text) || baseName(fileName),
      outlet: page.outlet,
      publishedAt: (page.publishedAt && parseDateText(page.publishedAt)) || findPublishedDate(page.text),
      text: page.text,
      format,
      original,
      encoding,
    };
  }
  const text = format === "markdown" ? markdownToText(original) : original.trim();
  return {
    title: findTitle(text) || baseName(fileName),
    outlet: findOutlet(text),
    publishedAt: findPublishedDate(text),
    text,
    format,
    original,
    encoding,
  };
}
