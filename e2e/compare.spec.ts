import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";

// The seed articles give one competing topic: civilians killed by the US-led coalition, where
// a monitor (7), the outlet (27) and the coalition's own cumulative total (624 since 2014) disagree.
const TOPIC = /civilians killed by US \/ coalition/;

const headerSides = (page: Page) => page.locator("thead th[data-column]").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")));
const topicRow = (page: Page) => page.locator("tbody tr").filter({ has: page.getByText(TOPIC) });

// Minimal RFC 4180 reader for the test: quoted cells, doubled quotes, newlines in quotes.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test("lists the competing topic with its spread, chart and cumulative mark", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare competing figures");
  const row = topicRow(page);
  await expect(row).toHaveCount(1);
  await expect(row.getByText(/^×[\d.,]+ apart$/)).toBeVisible();
  await expect(row.getByRole("img", { name: /each side's figures on one/ })).toBeVisible();
  await expect(row.getByText(/Σ cumulative since 2014/)).toBeVisible();
  await expect(row.locator("svg title").first()).toHaveText(/:/);
});

test("picks side columns and their order through links", async ({ page }) => {
  await page.goto("/compare?col=monitor&col=media");
  expect(await headerSides(page)).toEqual(["monitor", "media"]);
  await page.getByRole("link", { name: "Move Media (outlet) left" }).click();
  await expect(page).toHaveURL(/col=media&col=monitor/);
  expect(await headerSides(page)).toEqual(["media", "monitor"]);
  await page.getByRole("link", { name: "Add US / coalition column" }).click();
  await expect(page).toHaveURL(/col=media&col=monitor&col=us_coalition/);
  expect(await headerSides(page)).toEqual(["media", "monitor", "us_coalition"]);
  await expect(topicRow(page).locator("td[data-side='us_coalition']")).toContainText("624");
  await page.getByRole("link", { name: "Remove Media (outlet) column" }).click();
  await expect(page).toHaveURL(/\?col=monitor&col=us_coalition$/);
  expect(await headerSides(page)).toEqual(["monitor", "us_coalition"]);
  // Monitors' per-incident figures against the coalition's cumulative total only: no ratio is claimed.
  await expect(topicRow(page).getByText(/apart/)).toHaveCount(0);
  await expect(topicRow(page).getByText("sides give figures of different spans: not comparable")).toBeVisible();
});

test("filters by side and claimant with the filter bar", async ({ page }) => {
  await page.goto("/compare");
  await page.getByRole("checkbox", { name: "Monitors" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/side=monitor/);
  expect((await headerSides(page))[0]).toBe("monitor");
  await expect(topicRow(page)).toHaveCount(1);

  await page.getByLabel("Claimant").fill("Syrian Observatory for Human Rights");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/claimant=Syrian\+Observatory/);
  const highlighted = topicRow(page).locator("li.bg-yellow-50");
  expect(await highlighted.count()).toBeGreaterThan(0);
  for (const text of await highlighted.allTextContents()) expect(text).toContain("Syrian Observatory for Human Rights");
  // The competitors stay for comparison.
  await expect(topicRow(page).locator("td[data-side='media']")).toContainText("27");

  await page.getByLabel("Claimant").fill("Nobody At All");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No topics to compare here.")).toBeVisible();
  await expect(page.getByRole("link", { name: "clear the filters" })).toBeVisible();
});

test("a figure opens its highlighted sentence", async ({ page }) => {
  await page.goto("/compare");
  const figure = topicRow(page).locator("td[data-side='media'] a").first();
  await expect(figure).toHaveText("27");
  await figure.click();
  await expect(page).toHaveURL(/\/articles\/\d+#m-\d+$/);
  const target = page.locator("mark:target");
  await expect(target).toBeVisible();
  await expect(target).toContainText("27");
});

test("downloads CSV, XLSX and Markdown holding the rows on screen", async ({ page }) => {
  await page.goto("/compare?col=monitor&col=media&col=us_coalition");
  const onScreen = await page.locator("tbody li[data-claim-id] > div > a").allTextContents();
  expect(onScreen.length).toBeGreaterThan(1);

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    expect(file.suggestedFilename()).toMatch(/^compare_col-monitor\+media\+us_coalition\.(csv|xlsx|md)$/);
    return fs.readFileSync(await file.path());
  };

  const csv = (await download("CSV")).toString("utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(csv.slice(1));
  const fig = header.indexOf("figure");
  expect(header.slice(0, 3)).toEqual(["topic_id", "topic", "metric"]);
  expect(rows.map((r) => r[fig])).toEqual(onScreen);
  expect(rows.every((r) => r[header.indexOf("link")].includes("/articles/"))).toBe(true);

  const book = new ExcelJS.Workbook();
  const xlsx = await download("Excel (XLSX)");
  await book.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0];
  const xlsxFigures: string[] = [];
  sheet.eachRow((r, n) => { if (n > 1) xlsxFigures.push(String(r.getCell(fig + 1).value)); });
  expect(xlsxFigures).toEqual(onScreen);

  const md = (await download("Markdown")).toString("utf8");
  const mdRows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| topic") && !l.startsWith("| ---"));
  expect(mdRows).toHaveLength(onScreen.length);

  const bad = await page.request.get("/api/compare?format=pdf");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/unknown format/);
});

test("stacks topics as cards at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/compare");
  // Column headers stay for screen readers only; each card labels its sides itself.
  expect((await page.locator("thead").boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  const row = topicRow(page);
  await expect(row.getByText(/^×[\d.,]+ apart$/)).toBeVisible();
  await expect(row.locator("td[data-side='media']").getByText("Media (outlet)")).toBeVisible();
  const box = await row.boundingBox();
  expect(box?.width ?? 999).toBeLessThanOrEqual(390);
});

test("has no accessibility violations", async ({ page }) => {
  await page.goto("/compare");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
