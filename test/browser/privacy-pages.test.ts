/** Issue 15 item 4 and issue 18 item 3: My data in words, the privacy centre without jargon, the feed's width. */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { banner, openRowSettings, openShop, row } from "./shop.ts";
import { useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ demo, page } = session);
});

async function go(hash: string, heading: string) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

describe("My data", () => {
  it("lists what is stored in words: activity by kind and date, consent history, derived profile", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await page.locator(".candor-row__item .product-card__title").first().click();
    await row(page, "Similar items").locator(".candor-row__item").first().waitFor();
    await go("#/my-data", "My data");
    const stored = page.getByTestId("stored-data");
    await expect.poll(() => stored.textContent()).toMatch(/Products viewed: 1 \(from .+ to .+\)/);
    const text = (await stored.textContent()) ?? "";
    expect(text).toContain("Your privacy choices over time");
    expect(text).toMatch(/choice saved\. On: .*Recommendations from what you view/);
    expect(text).toMatch(/what you view and click: \d+/);
    expect(text).not.toMatch(/pd:|candor:/);
  });

  it("renders the erasure receipt as a readable document with a download the banner does not cover", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await go("#/my-data", "My data");
    await page.getByRole("button", { name: "Erase everything" }).click();
    await page.getByRole("button", { name: "Yes, erase everything" }).click();
    const receipt = page.getByRole("region", { name: "Erasure receipt" });
    await receipt.waitFor();
    const facts = (await receipt.locator("dl").textContent()) ?? "";
    expect(facts).toContain("Erased on");
    expect(facts).toContain("Privacy choices erased");
    expect(facts).toMatch(/sha256:/);
    await banner(page).waitFor();
    const download = receipt.getByRole("button", { name: "Download receipt" });
    await download.scrollIntoViewIfNeeded();
    const covered = await download.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !button.contains(top);
    });
    expect(covered).toBe(false);
  });
});

describe("privacy centre", () => {
  it("explains recommendations without signal names, stage names or the disclosure hash", async () => {
    await openShop(page, demo.url, "region=DE");
    await go("#/privacy", "Privacy center");
    const text = (await page.locator(".candor-privacy").textContent()) ?? "";
    expect(text).toContain("How recommendations work");
    expect(text).not.toMatch(/itemKnn|\bmmr\b|xquad|\bease\b|Disclosure version|[0-9a-f]{16}/);
    expect(text).toContain("Popularity");
  });
});

describe("feed width (issue 18)", () => {
  it("says next to Variety how many departments the shopper's recommendations cover", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    const note = row(page, "Recommended for you").getByTestId("feed-width");
    await expect
      .poll(() => note.textContent())
      .toMatch(/^Your recommendations cover \d+ of \d+ departments\.$/);
    await openRowSettings(row(page, "Recommended for you"));
    const slider = row(page, "Recommended for you").getByRole("slider", { name: "Variety" });
    expect(await slider.getAttribute("aria-describedby")).toContain("feed-width");
  });
});
