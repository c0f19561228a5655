/** Issue 15: consent UI that is honest in every regime, plain words for shoppers, and state that never contradicts itself. */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { banner, consentRecord, openRowSettings, openShop, row } from "./shop.ts";
import { useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ demo, page } = session);
});

const settings = () => page.getByRole("dialog", { name: "Privacy settings" });
const home = () => row(page, "Popular right now").or(row(page, "Recommended for you"));

/** Relative luminance contrast of two `rgb(…)` colours (WCAG 2.2). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("the banner says what is true in each regime", () => {
  it("in California it is a notice at collection with both opt-out links, and never says nothing is used yet", async () => {
    await openShop(page, demo.url, "region=US-CA");
    await expect.poll(() => home().getAttribute("data-mode")).toBe("personalized");
    const text = (await banner(page).textContent()) ?? "";
    expect(text).not.toContain("until you choose");
    expect(text).toContain("unless you opt out");
    expect(await banner(page).getByRole("heading", { name: "Your privacy choices" }).count()).toBe(1);
    expect(text).toContain("Recommendations from what you view");
    expect(await banner(page).getByRole("link", { name: "Privacy policy" }).count()).toBe(1);
    for (const name of [
      "Do Not Sell or Share My Personal Information",
      "Limit the Use of My Sensitive Personal Information",
    ])
      expect(await banner(page).getByRole("button", { name }).count()).toBe(1);
  });

  it("in the EU it asks first, names the purposes and links the privacy policy", async () => {
    await openShop(page, demo.url, "region=DE");
    const text = (await banner(page).textContent()) ?? "";
    expect(text).toContain("Nothing personal is used until you choose");
    expect(text).toContain("Recommendations from what you view");
    expect(await banner(page).getByRole("link", { name: "Privacy policy" }).count()).toBe(1);
    expect(
      await banner(page)
        .getByRole("button", { name: /Do Not Sell/ })
        .count(),
    ).toBe(0);
    expect(await home().getAttribute("data-mode")).toBe("non_profiling");
  });
});

describe("withdrawing is as easy as giving (GDPR Art. 7(3))", () => {
  it("the settings offer Accept all, Reject all and Save side by side, and Reject all undoes Accept all in one click", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await page.getByRole("contentinfo").getByRole("button", { name: "Privacy settings" }).click();
    const buttons = settings().locator(".candor-dialog__choices button");
    expect(await buttons.allTextContents()).toEqual(["Accept all", "Reject all", "Save choices"]);
    const boxes = await buttons.evaluateAll((elements) =>
      elements.map((e) => {
        const box = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        return [Math.round(box.top), Math.round(box.width), style.backgroundColor, style.fontWeight];
      }),
    );
    expect(new Set(boxes.map((b) => JSON.stringify(b))).size).toBe(1);
    await settings().getByRole("button", { name: "Reject all" }).click();
    await expect.poll(() => settings().count()).toBe(0);
    const last = (await consentRecord(page))?.events.at(-1);
    expect(last?.via.control).toBe("settings.reject-all");
    expect(Object.values(last?.purposes ?? {}).some((p) => p.granted)).toBe(false);
  });

  it("Customize then Escape keeps the banner, with nothing stored", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Customize" }).click();
    await settings().waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => settings().count()).toBe(0);
    expect(await banner(page).isVisible()).toBe(true);
    expect(await consentRecord(page)).toBeNull();
  });

  it("the Do Not Sell or Share link confirms what it did, without GPC", async () => {
    await openShop(page, demo.url, "region=US-CA");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await page
      .getByRole("contentinfo")
      .getByRole("button", { name: "Do Not Sell or Share My Personal Information" })
      .click();
    const status = page.getByRole("contentinfo").getByRole("status");
    await expect.poll(() => status.textContent()).toContain("no longer sold or shared");
    expect((await consentRecord(page))?.events.at(-1)?.via.control).toBe("footer.do-not-sell");
  });
});

describe("plain words and consistent state", () => {
  it("settings and explanations name data in words, with no ids or consent-event hashes", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Customize" }).click();
    const dialogText = (await settings().textContent()) ?? "";
    expect(dialogText).not.toMatch(/pd:|candor:|dpv:/);
    expect(dialogText).toContain("what you view and click");
    await page.keyboard.press("Escape");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await page.locator(".candor-row__item .product-card__title").first().click();
    const similar = row(page, "Similar items");
    await similar.locator(".candor-row__item").first().waitFor();
    await similar.getByRole("button", { name: "Why am I seeing this?" }).first().click();
    const why = page.getByRole("dialog", { name: "Why am I seeing this?" });
    await why.waitFor();
    const whyText = (await why.textContent()) ?? "";
    expect(whyText).not.toMatch(/pd:|candor:|consent record entry|\bce_/);
    const reasons = await page.locator(".candor-row__reason").allTextContents();
    expect(reasons.filter((r) => /Popular in [A-Z]{2}\b/.test(r))).toEqual([]);
  });

  it("a row that is not personalized never shows Personalized as chosen, nor a 'for you' title", async () => {
    await openShop(page, demo.url, "region=DE");
    const first = page.locator(".candor-row").first();
    expect(await first.getAttribute("data-mode")).toBe("non_profiling");
    expect(await first.getByRole("heading").first().textContent()).not.toContain("for you");
    await openRowSettings(first);
    const personalized = first.getByRole("radio", { name: "Personalized", exact: true });
    expect(await personalized.isChecked()).toBe(false);
    expect(await personalized.isDisabled()).toBe(true);
    expect(await first.getByRole("radio", { name: "Not personalized" }).isChecked()).toBe(true);
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await expect.poll(() => row(page, "Recommended for you").getAttribute("data-mode")).toBe("personalized");
    await openRowSettings(row(page, "Recommended for you"));
    expect(
      await row(page, "Recommended for you")
        .getByRole("radio", { name: "Personalized", exact: true })
        .isChecked(),
    ).toBe(true);
  });

  it("switches have a visible knob and an off state with at least 3:1 contrast (WCAG 1.4.11)", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Customize" }).click();
    const off = settings().locator('[role="switch"][aria-checked="false"]').first();
    const found = await off.evaluate((element) => {
      const knob = element.querySelector(".candor-switch__knob");
      const box = knob?.getBoundingClientRect();
      const dialog = element.closest("dialog") as HTMLElement;
      return {
        knob: box ? [box.width, box.height] : [0, 0],
        knobColor: knob ? getComputedStyle(knob).backgroundColor : "",
        border: getComputedStyle(element).borderTopColor,
        background: getComputedStyle(dialog).backgroundColor,
      };
    });
    expect(found.knob[0]).toBeGreaterThan(10);
    expect(found.knob[1]).toBeGreaterThan(10);
    expect(contrast(found.border, found.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(found.knobColor, found.background)).toBeGreaterThanOrEqual(3);
  });

  it("focus reaches the banner first, and lands on the page after a choice, not on <body>", async () => {
    await openShop(page, demo.url, "region=DE");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".candor-banner")))).toBe(true);
    await banner(page).getByRole("button", { name: "Reject all" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => banner(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
  });

  it("sets lang on the document root to the shop's language", async () => {
    await openShop(page, demo.url, "region=DE&lang=de");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("de");
  });
});

describe("on a phone (390 × 844)", () => {
  it("the banner's and the settings' controls stay on screen, in California and in German", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const offscreen = (selector: string) =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll(`${s} button, ${s} a`)]
            .filter((e) => {
              const box = e.getBoundingClientRect();
              return box.left < 0 || box.right > innerWidth;
            })
            .map((e) => e.textContent),
        selector,
      );
    for (const query of ["region=US-CA", "region=DE&lang=de"]) {
      await openShop(page, demo.url, query);
      await page.locator(".candor-banner").waitFor();
      expect(await offscreen(".candor-banner"), query).toEqual([]);
      await page.locator(".candor-banner__actions button").nth(2).click();
      await page.locator("dialog.candor-dialog").waitFor();
      expect(await offscreen("dialog.candor-dialog"), query).toEqual([]);
      await page.keyboard.press("Escape");
      // California records the notice at collection; start the next visit afresh.
      await page.evaluate(() => localStorage.clear());
    }
  });
});
