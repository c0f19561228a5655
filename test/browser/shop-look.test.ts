/**
 * The shop looks and reads like a shop: pictures match the product's kind, copy fits the category, sensitive badges
 * only where true, a hero on the home page, and search whose terms are kept only under the browsing purpose and are
 * then explained like any other evidence.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { banner, chooseOnly, openShop, vaultRecords } from "./shop.ts";
import { type DemoSession, useDemoPage } from "./support.ts";

let session: DemoSession;
useDemoPage((s) => {
  session = s;
});

const BROWSING = "Recommendations from what you view";

async function search(page: Page, terms: string): Promise<void> {
  const box = page
    .getByRole("search", { name: "Products" })
    .getByRole("searchbox", { name: "Search products" });
  await box.fill(terms);
  await box.press("Enter");
  await page.getByRole("heading", { level: 1, name: `Results for “${terms}”` }).waitFor();
}

const searches = async (page: Page) =>
  ((await vaultRecords(page)) ?? []).filter((r) => (r as { type: string }).type === "search") as {
    query: string;
  }[];

describe("the shop", () => {
  it("draws each product as its kind, writes copy that fits, and badges only special-category goods", async () => {
    const { page } = session;
    await openShop(page, session.demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Reject all" }).click();
    // A hero with a product picture and link, before any row.
    const hero = page.getByRole("region", { name: "Gear for long days outside" });
    expect(await hero.locator("a.hero__product img").getAttribute("data-kind")).toMatch(
      /tent|boot|backpack|jacket/,
    );

    // Rain boots are drawn as boots (they were drawn as a T-shirt, the Kids category's pictogram).
    await search(page, "rain boots");
    const boots = page.locator(".listing__grid .product-card").filter({ hasText: "Rain Boots" });
    expect(await boots.count()).toBeGreaterThan(0);
    for (const kind of await boots.locator("img").evaluateAll((imgs) => imgs.map((i) => i.dataset.kind))) {
      expect(kind).toBe("boot");
    }

    // A novel carries no "Sensitive" badge; a prayer book does; no Faker catch-phrase anywhere.
    await page.evaluate(() => {
      location.hash = "#/c/books";
    });
    const listing = page.getByRole("region", { name: "All products" });
    await listing.locator(".product-card").first().waitFor();
    await page.getByRole("combobox", { name: "Subcategory" }).selectOption("books/fiction");
    await expect.poll(() => listing.locator(".product-card").count()).toBeGreaterThan(0);
    expect(await listing.locator(".badge", { hasText: "Sensitive" }).count()).toBe(0);
    await page.getByRole("combobox", { name: "Subcategory" }).selectOption("books/religion");
    await expect.poll(() => listing.locator(".badge", { hasText: "Sensitive" }).count()).toBeGreaterThan(0);
    await listing.locator(".product-card__title").first().click();
    const description = (await page.locator(".product__description").textContent()) ?? "";
    expect(description).toMatch(/ by .+, published by /);
    expect(description).not.toMatch(/project|synergy|paradigm|solution|bandwidth/i);
    expect(await page.locator(".gallery__thumb").count()).toBe(3);
  });

  it("keeps search terms only while browsing is allowed, and explains recommendations that use them", async () => {
    const { page } = session;
    await openShop(page, session.demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Reject all" }).click();
    await search(page, "tent");
    expect(await page.getByTestId("search-storage").textContent()).toContain("not saved");
    expect(await page.locator(".listing__grid .product-card").count()).toBeGreaterThan(0);
    expect(await searches(page)).toEqual([]);

    await page.getByRole("contentinfo").getByRole("button", { name: "Privacy settings" }).click();
    await chooseOnly(page, [BROWSING]);
    await search(page, "espresso machine");
    await expect.poll(async () => (await searches(page)).map((s) => s.query)).toEqual(["espresso machine"]);
    expect(await page.getByTestId("search-storage").textContent()).toContain(
      `because you allowed “${BROWSING}”`,
    );
    const reasons = page.getByRole("region", { name: "You might also like" }).locator(".candor-row__reason");
    await expect
      .poll(
        async () =>
          (await reasons.allTextContents()).some((r) => r.includes("searched for “espresso machine”")),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
  });
});
