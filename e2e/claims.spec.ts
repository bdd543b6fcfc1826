import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";

const rows = (page: Page) => page.locator("main table tbody tr");
const total = async (page: Page) => Number((await page.getByTestId("claims-total").textContent())?.replace(/,/g, ""));
const articleLinks = (page: Page) => page.getByRole("link", { name: /^Open in article/ });

// The article anchors in the order the page lists them: the same key the exports carry as `link`.
async function shownAnchors(page: Page): Promise<string[]> {
  return articleLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
}

test("filters by side through the facets, narrows the rows, and the back button restores them", async ({ page }) => {
  await page.goto("/claims");
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  const all = await total(page);
  expect(all).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(Math.min(all, 50));

  await page.locator("section[aria-labelledby='facet-side']").getByRole("link", { name: /^Russia\b/ }).click();
  await expect(page).toHaveURL(/[?&]side=russia\b/);
  await expect(page.getByRole("link", { name: "Remove filter Side: Russia" })).toBeVisible();
  const russian = await total(page);
  expect(russian).toBeGreaterThan(0);
  expect(russian).toBeLessThan(all);
  await expect(rows(page)).toHaveCount(russian);
  for (const side of await rows(page).locator("[data-col=side]").allTextContents()) expect(side).toContain("Russia");

  await page.getByRole("link", { name: "Remove filter Side: Russia" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByTestId("claims-total")).toHaveText(all.toLocaleString("en-US"));
  await page.goBack();
  await expect(page).toHaveURL(/side=russia/);
  await expect(page.getByTestId("claims-total")).toHaveText(String(russian));
});

test("filters by claimant, searches the sentences and sorts through the column headers", async ({ page }) => {
  await page.goto("/claims");
  const all = await total(page);
  await page.locator("section[aria-labelledby='facet-claimant']").getByRole("link", { name: /^Russian Defense Ministry/ }).click();
  await expect(page).toHaveURL(/claimant=Russian\+Defense\+Ministry/);
  await expect(page.getByRole("link", { name: "Remove filter Claimant: Russian Defense Ministry" })).toBeVisible();
  const byMinistry = await total(page);
  expect(byMinistry).toBeLessThan(all);
  for (const name of await rows(page).locator("[data-col=claimant]").allTextContents()) expect(name).toBe("Russian Defense Ministry");

  await page.getByLabel("Search the evidence sentences").fill("Syria");
  await page.getByLabel("Search the evidence sentences").press("Enter");
  await expect(page).toHaveURL(/q=Syria/);
  await expect(page).toHaveURL(/claimant=Russian/);
  await expect(page.getByRole("link", { name: /Remove filter Sentence has/ })).toBeVisible();
  expect(await total(page)).toBeLessThanOrEqual(byMinistry);
  for (const sentence of await rows(page).locator("[data-col=evidence]").allTextContents()) expect(sentence).toContain("Syria");

  await page.getByRole("link", { name: /^Figure/ }).click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(page.locator("th[aria-sort='descending']")).toContainText("Figure");
  await page.getByRole("link", { name: /^Figure/ }).click();
  await expect(page).toHaveURL(/dir=asc/);
  await expect(page.locator("th[aria-sort='ascending']")).toContainText("Figure");
});

test("a claim's sentence opens the article with the highlight targeted", async ({ page }) => {
  await page.goto("/claims");
  const href = (await shownAnchors(page))[0];
  expect(href).toMatch(/^\/articles\/\d+#m-\d+$/);
  await articleLinks(page).first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[#/]/g, "\\$&")}$`));
  const target = page.locator(":target");
  await expect(target).toHaveAttribute("id", href.split("#")[1]);
  await expect(target).toBeVisible();
  expect(await target.evaluate((el) => el.tagName)).toBe("MARK");
});

test("CSV and XLSX downloads hold the rows the page shows, in order", async ({ page }) => {
  await page.goto("/claims?side=russia&sort=value");
  const expected = await total(page);
  const anchors = await shownAnchors(page);
  expect(anchors).toHaveLength(expected);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /as CSV$/ }).click()]);
  expect(csvDownload.suggestedFilename()).toBe("claims_side-russia.csv");
  const csv = fs.readFileSync(await csvDownload.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString("utf8").slice(1);
  expect(text.split(/\r?\n/)[0]).toBe("id,value,valueMax,qualifier,unit,metric,claimant,side,actorSide,period,location,sentence,articleTitle,outlet,date,link");
  const csvLinks = [...text.matchAll(/,(http:\/\/[^,\s"]+)\r?$/gm)].map((m) => new URL(m[1]).pathname + new URL(m[1]).hash);
  expect(csvLinks).toEqual(anchors);
  expect([...text.matchAll(/,russia,/g)].length).toBeGreaterThanOrEqual(expected);

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /as XLSX$/ }).click()]);
  expect(xlsxDownload.suggestedFilename()).toBe("claims_side-russia.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsxDownload.path());
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toContain("sentence");
  expect(sheet.rowCount).toBe(expected + 1);
  const col = (name: string) => header.indexOf(name) + 1;
  const xlsxLinks: string[] = [];
  const values: number[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const link = new URL(String(row.getCell(col("link")).value));
    xlsxLinks.push(link.pathname + link.hash);
    expect(row.getCell(col("side")).value).toBe("russia");
    values.push(Number(row.getCell(col("value")).value));
  });
  expect(xlsxLinks).toEqual(anchors);
  // Sorted by figure, largest first, exactly as the page was.
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test("the JSON export carries total and filters, and an unknown format is a clear 400", async ({ request }) => {
  const json = await request.get("/api/claims?claimant=Russian%20Defense%20Ministry");
  expect(json.ok()).toBe(true);
  const body = await json.json();
  expect(body.filters.claimant).toEqual(["Russian Defense Ministry"]);
  expect(body.rows).toHaveLength(body.total);
  expect(body.rows.every((r: { claimant: string }) => r.claimant === "Russian Defense Ministry")).toBe(true);
  const bad = await request.get("/api/claims?format=pdf");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/format=csv/);
});

test("an empty result says what to do", async ({ page }) => {
  await page.goto("/claims?q=zzzz-no-such-words");
  await expect(page.getByText("No claims match these filters")).toBeVisible();
  await page.getByRole("link", { name: "clear all filters", exact: true }).click();
  await expect(page).toHaveURL(/\/claims$/);
});

test("the explorer has no axe violations and fits a phone screen", async ({ page }) => {
  await page.goto("/claims?side=russia");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/claims");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Phones get one card per claim, each with its evidence and link.
  const cards = page.getByRole("list", { name: "Claims" }).getByRole("listitem");
  // (count() does not wait: the first card's link is awaited first, or a slow render counts none)
  await expect(cards.first().getByRole("link", { name: /^Open in article/ })).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(0);
  const mobile = await new AxeBuilder({ page }).analyze();
  expect(mobile.violations.map((v) => v.id)).toEqual([]);
});
