// Hostile input from the outside: query strings on every page and API, and stored article
// text carrying markup. Pages answer 200/400/404 (never 500), reflect nothing executable, and
// carry the security headers; stored markup renders as inert text.
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

const DB_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const FIXTURES = path.resolve("e2e/fixtures");
const XSS = '<script>alert("cc-xss")</script>';
const HOSTILE = ["' OR 1=1 --", "1; DROP TABLE Claim;--", XSS, '"><img src=x onerror=alert(1)>', "2016-13-45", "../../etc/passwd", "%00", "\u202e\u0000", "-1", "1e308"];
const PARAMS = ["side", "actor", "metric", "claimant", "outlet", "location", "period", "article", "q", "from", "to", "sort", "dir", "page", "after", "before", "col", "all", "order", "format"];
const ROUTES = ["/", "/articles", "/articles/1", "/claims", "/compare", "/api/claims", "/api/compare"];
const OK = [200, 400, 404];

let articleIds: number[] = [];
const liveRoutes: string[] = [];

function checkHeaders(res: APIResponse, url: string): void {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"]) expect(csp, `${url} CSP`).toContain(directive);
  expect(h["x-content-type-options"], url).toBe("nosniff");
  expect(h["x-frame-options"], url).toBe("DENY");
  expect(h["referrer-policy"], url).toBeTruthy();
  expect(h["x-powered-by"], url).toBeUndefined();
}

async function probe(request: APIRequestContext, url: string): Promise<void> {
  const res = await request.get(url, { maxRedirects: 0 });
  expect(OK, `${url.slice(0, 200)} → ${res.status()}`).toContain(res.status());
  checkHeaders(res, url.slice(0, 200));
  const body = await res.text();
  // No payload comes back as markup. APIs answer JSON or files, never HTML (an error may quote
  // a bad value inside a JSON string, which with nosniff is data, not markup); pages escape it.
  if (url.startsWith("/api/")) {
    expect(res.headers()["content-type"] ?? "", url.slice(0, 200)).toMatch(/^(application\/json|text\/csv|text\/markdown|application\/vnd)/);
  } else {
    expect(body, url.slice(0, 200)).not.toContain(XSS);
    expect(body, url.slice(0, 200)).not.toContain("<img src=x onerror");
  }
}

test.beforeAll(async ({ request }) => {
  // The hostile articles go in through the real CLI, into the e2e database the server reads.
  execFileSync("npm", ["run", "--silent", "ingest", "--", path.join(FIXTURES, "hostile-article.html"), path.join(FIXTURES, "hostile-article.txt")], {
    env: { ...process.env, DATABASE_URL: DB_URL },
    stdio: "pipe",
  });
  const db = new Database(DB_URL.slice("file:".length), { readonly: true });
  articleIds = (db.prepare(`SELECT id FROM "Article" WHERE source LIKE '%hostile-article.%' ORDER BY source`).all() as { id: number }[]).map((r) => r.id);
  db.close();
  for (const route of ROUTES) if ((await request.get(route)).status() !== 404) liveRoutes.push(route);
});

test("security headers on pages and APIs", async ({ request }) => {
  for (const route of liveRoutes) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(200);
    checkHeaders(res, route);
  }
  expect(liveRoutes).toEqual(expect.arrayContaining(["/", "/articles", "/articles/1"]));
});

test("every filter parameter with hostile values", async ({ request }) => {
  test.setTimeout(180_000);
  for (const route of liveRoutes) {
    for (const value of HOSTILE) {
      const query = PARAMS.map((p) => `${p}=${encodeURIComponent(value)}`).join("&");
      await probe(request, `${route}?${query}`);
    }
  }
});

test("every filter parameter 10,000 characters long, and repeated 500 times", async ({ request }) => {
  test.setTimeout(300_000);
  for (const route of liveRoutes) {
    for (const p of PARAMS) {
      await probe(request, `${route}?${p}=${"a".repeat(10_000)}`);
      // Short values: 500 long ones would pass Node's 16 KB header limit (a 431 before the app).
      await probe(request, `${route}?${Array.from({ length: 500 }, (_, i) => `${p}=${i % 2 ? "russia" : "%27%3Cb%3E"}`).join("&")}`);
    }
  }
});

test("hostile article ids and unknown export formats", async ({ request }) => {
  for (const id of ["0", "-1", "99999999999999999999", "1.5", "1e3", "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "' OR 1=1"]) {
    await probe(request, `/articles/${id}`);
  }
  for (const api of liveRoutes.filter((r) => r.startsWith("/api/"))) {
    for (const format of ["exe", "html", XSS, "CSV ", ""]) {
      const res = await request.get(`${api}?format=${encodeURIComponent(format)}`);
      expect(format === "" ? [200, 400] : [400], `${api} format=${format}`).toContain(res.status());
      expect(await res.text()).not.toContain(XSS);
    }
  }
});

test("stored markup renders as inert text", async ({ page }) => {
  expect(articleIds).toHaveLength(2);
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  for (const id of articleIds) {
    const res = await page.goto(`/articles/${id}`);
    expect(res?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    const main = page.locator("main");
    const text = (await main.textContent()) ?? "";
    expect(text).toMatch(/<script>|onerror=|javascript:/);
    // Visible as text, never as elements, handlers or script URLs.
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __ccPwned?: string }).__ccPwned ?? null,
      // Next's flight data (self.__next_f.push) carries the text as an escaped JSON string: data.
      inlineScripts: Array.from(document.querySelectorAll("script")).filter((s) => !/^\s*\(?self\.__next_f/.test(s.textContent ?? "") && /cc-|__ccPwned/.test(s.textContent ?? "")).length,
      handlers: Array.from(document.querySelectorAll("main *")).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith("on"))).length,
      scriptLinks: Array.from(document.querySelectorAll("a[href], [src], form[action]")).filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "")).length,
      images: document.querySelectorAll("main img").length,
    }));
    expect(found).toEqual({ pwned: null, inlineScripts: 0, handlers: 0, scriptLinks: 0, images: 0 });
  }
  // The listing shows the hostile title as text too.
  await page.goto("/articles");
  await expect(page.getByText('Strikes <script>alert("cc-title")</script> near Idlib').first()).toBeVisible();
  expect(dialogs).toEqual([]);
});
