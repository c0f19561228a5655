import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, banner, openRowSettings, openShop, row } from "./shop.ts";
import { screenshot, useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ demo, page } = session);
});

/** Runs axe on the page as it is, saves a screenshot, and returns the violations keyed by the page's name. */
async function check(name: string): Promise<Record<string, unknown>> {
  await screenshot(page, `page-${name}`);
  const violations = await axeViolations(page);
  return violations.length === 0 ? {} : { [name]: violations };
}

/** Navigates inside the app and waits for the new page's heading. */
async function go(hash: string, heading: string | RegExp) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

describe("accessibility (axe-core, WCAG 2.2 AA and best practices)", () => {
  it("reports no violations on any page or dialog of the EU storefront", async () => {
    const found: Record<string, unknown> = {};
    await openShop(page, demo.url, "region=DE");
    Object.assign(found, await check("eu-home-banner"));

    await banner(page).getByRole("button", { name: "Customize" }).click();
    await page.getByRole("dialog", { name: "Privacy settings" }).waitFor();
    Object.assign(found, await check("eu-privacy-settings"));
    await page.getByRole("dialog").getByRole("button", { name: "Save choices" }).click();

    await page.getByRole("contentinfo").getByRole("button", { name: "Privacy settings" }).click();
    await page
      .getByRole("dialog", { name: "Privacy settings" })
      .getByRole("button", { name: "Close" })
      .click();
    await go("#/c/outdoor", "Outdoor");
    await page.getByRole("region", { name: "All products" }).locator(".product-card").first().waitFor();
    Object.assign(found, await check("eu-category"));

    const link = page.getByRole("region", { name: "All products" }).locator(".product-card__title").first();
    await link.click();
    await row(page, "Similar items").locator(".candor-row__item").first().waitFor();
    // With one row's settings open, so axe sees the folded panel too.
    await openRowSettings(row(page, "Similar items"));
    Object.assign(found, await check("eu-product"));
    await row(page, "Similar items").getByRole("button", { name: "Why am I seeing this?" }).first().click();
    await page.getByRole("dialog", { name: "Why am I seeing this?" }).waitFor();
    Object.assign(found, await check("eu-why-am-i-seeing-this"));
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Add to cart" }).click();

    await go("#/cart", "Your cart");
    Object.assign(found, await check("eu-cart"));
    await go("#/checkout", "Checkout");
    Object.assign(found, await check("eu-checkout"));
    await go("#/privacy", "Privacy center");
    Object.assign(found, await check("eu-privacy-center"));
    await go("#/my-data", "My data");
    Object.assign(found, await check("eu-my-data"));
    await page.getByRole("button", { name: "Erase everything" }).click();
    await page.getByRole("alertdialog", { name: "Erase everything?" }).waitFor();
    Object.assign(found, await check("eu-erase-confirm"));
    await page.getByRole("button", { name: "Cancel" }).click();
    await go("#/audit", "Audit console");
    await page.getByRole("table").waitFor();
    await page.getByRole("button", { name: "Verify log" }).click();
    await page.getByText("Log verified").waitFor();
    Object.assign(found, await check("eu-audit"));
    await go("#/nowhere", "Page not found");
    Object.assign(found, await check("eu-not-found"));
    expect(found).toEqual({});
  });

  it("reports no violations on the California storefront with GPC, and in German", async () => {
    const found: Record<string, unknown> = {};
    await openShop(page, demo.url, "region=US-CA&gpc=1");
    await page.getByText("Opt-out request honored").waitFor();
    Object.assign(found, await check("california-home-banner"));
    await banner(page).getByRole("button", { name: "Reject all" }).click();
    await go("#/privacy", "Privacy center");
    Object.assign(found, await check("california-privacy-center"));

    await page.goto(`${demo.url}?region=DE&lang=de#/`);
    await page.locator(".candor-row__item").first().waitFor();
    Object.assign(found, await check("german-home"));
    expect(found).toEqual({});
  });
});
