// Reduces a saved news page to the article's visible text. Page furniture carries numbers
// that are not claims ("our 214 partners", share counts, JSON in scripts), so it goes first.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

const DROP_TAGS = "script,style,noscript,template,iframe,object,embed,svg,canvas,nav,form,button,select,input,textarea,aside,footer,dialog,menu";
const FURNITURE = /(^|[\s_-])(share|sharing|social|cookie|consent|newsletter|related|comments?|promo|advert|ads?|subscribe|breadcrumbs?|sidebar|popup|modal|paywall|banner|skip|sr-only|visually-hidden)([\s_-]|$)/i;
const BLOCK = new Set(["ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TBODY", "THEAD", "TR", "UL"]);

type El = Element;

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function readJsonLd(document: Document): { headline?: string; datePublished?: string; publisher?: string } {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? "");
      const items: unknown[] = Array.isArray(data) ? data : Array.isArray(data?.["@graph"]) ? data["@graph"] : [data];
      for (const item of items) {
        if (!item || typeof item !== "object") continue;
        const obj = item as Record<string, unknown>;
        const publisher = obj.publisher as Record<string, unknown> | undefined;
        if (obj.headline || obj.datePublished) {
          return {
            headline: typeof obj.headline === "string" ? obj.headline : undefined,
            datePublished: typeof obj.datePublished === "string" ? obj.datePublished : undefined,
            publisher: typeof publisher?.name === "string" ? publisher.name : undefined,
          };
        }
      }
    } catch {
      // Malformed JSON-LD is common on scraped pages; the meta tags still serve.
    }
  }
  return {};
}

function isFurniture(el: El): boolean {
  const marker = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("role") ?? ""}`;
  return FURNITURE.test(marker) || el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden") || el.getAttribute("role") === "navigation";
}

function dropFurniture(root: El): void {
  for (const el of Array.from(root.querySelectorAll(DROP_TAGS))) el.remove();
  for (const el of Array.from(root.querySelectorAll("[class],[id],[role],[aria-hidden],[hidden]"))) {
    if (el.isConnected && isFurniture(el)) el.remove();
  }
}

function textLength(el: El): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").length;
}

function pickRoot(document: Document): El | null {
  const articles = Array.from(document.querySelectorAll("article, [itemprop=articleBody]"));
  if (articles.length > 0) return articles.reduce((best, el) => (textLength(el) > textLength(best) ? el : best));
  return document.querySelector("main");
}

// Walks the DOM and writes block elements as paragraphs so sentences never run across
// headings, list items or table rows.
export function renderText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as El;
    const tag = el.tagName;
    if (tag === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push("\n\n");
    for (const child of Array.from(el.childNodes)) {
      walk(child);
      if ((tag === "TR" && (child as El).tagName === "TD") || (child as El).tagName === "TH") out.push(" | ");
    }
    if (block) out.push("\n\n");
  };
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").replace(/( \| )+$/, "").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function splitTitle(title: string | null): { title: string | null; site: string | null } {
  if (!title) return { title: null, site: null };
  // "Headline | Site" or "Headline - Site"; the site part is short and has no separator.
  const m = /^(.{12,}?)\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(title.trim());
  return m ? { title: m[1].trim(), site: m[2].trim() } : { title: title.trim(), site: null };
}

export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const ld = readJsonLd(document);
  const pageTitle = splitTitle(document.querySelector("title")?.textContent ?? null);
  const ogTitle = meta(document, "og:title");
  const headTitle = ogTitle ? splitTitle(ogTitle) : pageTitle;
  const outlet = meta(document, "og:site_name", "application-name", "publisher") ?? ld.publisher ?? headTitle.site ?? pageTitle.site;
  const publishedAt =
    meta(document, "article:published_time", "datePublished", "pubdate", "date", "dc.date") ??
    ld.datePublished ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const body = document.querySelector("body") ?? document.documentElement;
  dropFurniture(body);
  const root = pickRoot(document);
  let text = root ? renderText(root) : "";
  if (text.length < 200) {
    // No marked-up article: fall back to Readability's content scoring on a fresh parse.
    const fresh = parseHTML(html).document;
    const parsed = new Readability(fresh as unknown as Document).parse();
    if (parsed?.content) {
      const { document: contentDoc } = parseHTML(`<html><body>${parsed.content}</body></html>`);
      dropFurniture(contentDoc.body);
      const readable = renderText(contentDoc.body);
      if (readable.length > text.length) text = readable;
    }
    if (text.length === 0) text = renderText(body);
  }
  const h1 = (root ?? body).querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  return { text, title: h1 || ld.headline || headTitle.title, outlet: outlet ?? null, publishedAt };
}
