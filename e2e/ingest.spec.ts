import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const ARTICLE = path.resolve("e2e/fixtures/aleppo-strikes.txt");
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

test.describe.configure({ mode: "serial" });

test("uploads an article and shows what was extracted", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Article files (.txt, .md, .html)").setInputFiles(ARTICLE);
  await page.getByRole("button", { name: "Add articles" }).click();
  const result = page.locator("li[data-status]").filter({ hasText: "aleppo-strikes.txt" });
  await expect(result).toHaveAttribute("data-status", "new", { timeout: 20_000 });
  await expect(result).toContainText("Added");
  await expect(result).toContainText("3 claims");
  await expect(result.getByRole("list", { name: /Figures found/ })).toContainText("212");
  await expect(result.getByRole("list", { name: /Figures found/ })).toContainText("Russian Defense Ministry");
  await result.getByRole("link", { name: "Rival tolls after strikes on Aleppo's eastern districts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rival tolls after strikes on Aleppo's eastern districts");
  await expect(page.locator("mark").first()).toBeVisible();
});

test("the same file again is recognised, not stored twice", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Article files (.txt, .md, .html)").setInputFiles(ARTICLE);
  await page.getByRole("button", { name: "Add articles" }).click();
  await expect(page.locator("li[data-status='unchanged']")).toContainText("Already stored", { timeout: 20_000 });
});

test("its claims appear in the explorer and compete on /compare", async ({ page }) => {
  await page.goto("/claims?claimant=Russian+Defense+Ministry&metric=militants_killed");
  await expect(page.getByRole("main")).toContainText("212");
  await page.goto("/compare?metric=militants_killed&location=Aleppo");
  const row = page.locator("tbody tr").filter({ hasText: "militants killed by Russia" });
  await expect(row).toHaveCount(1);
  await expect(row.locator("td[data-side='russia']")).toContainText("212");
  await expect(row.locator("td[data-side='monitor']")).toContainText("≥48");
  await expect(row.getByText(/^×[\d.,]+ apart$/)).toBeVisible();
});

test("an empty file and a PNG each fail with a clear reason, and a good paste still goes in", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Article files (.txt, .md, .html)").setInputFiles([
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    { name: "photo.png", mimeType: "image/png", buffer: PNG },
  ]);
  await page.getByLabel("Title").fill("Pasted briefing");
  await page.getByLabel("Outlet").fill("Desk Notes");
  await page.getByLabel("Article text").fill("The UN said on Monday that at least 30 civilians were killed in Idlib.");
  await page.getByRole("button", { name: "Add articles" }).click();
  await expect(page.getByRole("heading", { name: /Results: 1 added, 0 already stored, 2 failed/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("li[data-status='failed']").filter({ hasText: "empty.txt" })).toContainText("the file is empty");
  await expect(page.locator("li[data-status='failed']").filter({ hasText: "photo.png" })).toContainText("PNG image");
  await expect(page.locator("li[data-status='new']")).toContainText("Pasted briefing");
});

test("figures of metric 'other' compete only when they count the same thing", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Title").fill("Aid convoys reach Idlib");
  await page.getByLabel("Outlet").fill("Desk Notes");
  await page.getByLabel("Article text").fill("Published: 3 June 2019\n\nThe UN said 32 aid trucks crossed into Idlib on Monday. The Turkish government said 45 trucks crossed. The Syrian Arab Red Crescent said it delivered 750 tents.");
  await page.getByRole("button", { name: "Add articles" }).click();
  await expect(page.locator("li[data-status='new']")).toContainText("Aid convoys reach Idlib", { timeout: 20_000 });
  await page.goto("/compare?metric=other&all=1");
  const trucks = page.locator("tbody tr").filter({ hasText: "other: trucks" });
  await expect(trucks).toHaveCount(1);
  await expect(trucks.locator("td[data-side='un']")).toContainText("32");
  await expect(trucks.locator("td[data-side='turkey']")).toContainText("45");
  await expect(trucks).not.toContainText("750");
  await expect(page.locator("tbody tr").filter({ hasText: "750" }).filter({ hasText: "32" })).toHaveCount(0);
});

test("asks for something to add", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByRole("button", { name: "Add articles" }).click();
  await expect(page.locator("p[role=alert]")).toContainText("Choose one or more files");
});

test.describe("from another machine", () => {
  // As if a proxy had forwarded the request from a remote client.
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.5" } });

  test("writes are refused without the write token", async ({ page }) => {
    await page.goto("/ingest");
    await page.getByLabel("Article files (.txt, .md, .html)").setInputFiles(ARTICLE);
    await page.getByLabel(/Write token/).fill("not-the-token");
    await page.getByRole("button", { name: "Add articles" }).click();
    await expect(page.locator("p[role=alert]")).toContainText("Not allowed: the write token is not valid");
    await expect(page.locator("li[data-status]")).toHaveCount(0);
  });
});

test("has no accessibility violations", async ({ page }) => {
  await page.goto("/ingest");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
