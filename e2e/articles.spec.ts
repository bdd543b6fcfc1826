import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("home page says what the app holds", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("figures disagree");
  await expect(page.getByRole("link", { name: /articles/ }).first()).toBeVisible();
  const articles = page.getByRole("list", { name: "Holdings" }).getByRole("link", { name: /articles/ });
  await expect(articles).toContainText("5");
});

test("article list shows the seed articles and opens one with highlighted figures", async ({ page }) => {
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  const items = page.locator("main ul > li");
  await expect(items).toHaveCount(5);
  await page.getByRole("link", { name: "Russia asks: What are US, allies bombing?" }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia asks: What are US, allies bombing?");
  const marks = page.locator("section[aria-label='Article text'] mark");
  expect(await marks.count()).toBeGreaterThan(0);
  // A highlight leads to its claim card, which names the claimant and side.
  const first = marks.first();
  const figure = (await first.textContent())?.trim() ?? "";
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/#claim-\d+$/);
  const claimId = page.url().split("#")[1];
  const card = page.locator(`[id="${claimId}"]`);
  await expect(card).toBeVisible();
  await expect(card.locator("span").filter({ hasText: /Russia|US|Monitors|Media|UN|Other|Syrian|Turkey|Iran|Rebels|ISIS|Iraqi/ }).first()).toBeVisible();
  expect(figure.length).toBeGreaterThan(0);
});

test("an unknown or hostile article id is a clean 404", async ({ page }) => {
  for (const id of ["999999", "abc", "1%27%20OR%201=1"]) {
    const response = await page.goto(`/articles/${id}`);
    expect(response?.status()).toBe(404);
  }
});

test("home, article list and article page have no axe violations", async ({ page }) => {
  for (const path of ["/", "/articles"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
  await page.goto("/articles");
  await page.locator("main ul > li a").first().click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `article: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});
