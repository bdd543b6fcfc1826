import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("sources list claimants with side, aliases and counts, linking to the filtered explorer", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
  const claimants = page.getByRole("region", { name: "Claimants table" });
  const row = claimants.getByRole("row", { name: /Russian Defense Ministry/ });
  await expect(row).toContainText("Russia");
  const count = Number((await row.locator("td").last().textContent())?.replace(/,/g, ""));
  expect(count).toBeGreaterThan(0);
  await row.getByRole("link", { name: "Russian Defense Ministry" }).click();
  await expect(page).toHaveURL(/\/claims\?claimant=Russian\+Defense\+Ministry$/);
  await expect(page.getByRole("link", { name: "Remove filter Claimant: Russian Defense Ministry" })).toBeVisible();
  await expect(page.getByTestId("claims-total")).toHaveText(String(count));
});

test("outlets link to the explorer, or say how outlets get recorded", async ({ page }) => {
  await page.goto("/sources");
  const outlets = page.getByRole("region", { name: "Outlets table" });
  if ((await outlets.count()) === 0) {
    await expect(page.getByText("No outlets recorded")).toBeVisible();
    return;
  }
  const first = outlets.locator("tbody tr").first();
  const name = (await first.getByRole("link").textContent()) ?? "";
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/claims\?outlet=/);
  await expect(page.getByRole("link", { name: `Remove filter Outlet: ${name}` })).toBeVisible();
});

test("the sources page has no axe violations at desktop and phone width", async ({ page }) => {
  await page.goto("/sources");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
