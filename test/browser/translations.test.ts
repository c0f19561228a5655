/** Issue 15 item 3: no English left in the banner, settings, a row, an explanation or the privacy centre. */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openShop } from "./shop.ts";
import { useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ demo, page } = session);
});

/** English words the UI uses that no German, French or Spanish sentence of it should contain. */
const ENGLISH_WORDS =
  "the|and|your|you|with|what|this|used|until|choose|privacy|settings|accept|reject|customize|save|close|always|popular|recommended|personalized|variety|why|seeing|because|viewed|evening|morning|night|data|legal|basis|consent|off";
/** Words that are English and also this language's own ("popular" and "legal" are Spanish). */
const SHARED: Readonly<Record<string, readonly string[]>> = { es: ["popular", "legal"] };
const englishIn = (lang: string) =>
  new RegExp(
    `\\b(${ENGLISH_WORDS.split("|")
      .filter((w) => !SHARED[lang]?.includes(w))
      .join("|")})\\b`,
    "gi",
  );

/**
 * Text of what `selector` finds, without the shop's own content: product cards and names, row titles (the shop page
 * names its rows), category names of the catalog, and raw JSON documents (data, not UI text).
 */
async function uiText(selector: string): Promise<string> {
  return page.evaluate((s) => {
    const names = [...document.querySelectorAll(".shop-categories a")].map((a) => a.textContent ?? "");
    return [...document.querySelectorAll(s)]
      .map((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const product of copy.querySelectorAll(
          ".candor-row__product, .candor-row__title, .candor-explanation__about, .candor-row__item > span[hidden], .candor-settings__legend .candor-visually-hidden, pre",
        ))
          product.remove();
        let text = copy.textContent ?? "";
        for (const name of names) if (name) text = text.split(name).join(" ");
        return text;
      })
      .join(" \n ");
  }, selector);
}

const LABELS = {
  de: {
    customize: "Anpassen",
    why: "Warum sehe ich das?",
    close: "Schließen",
    privacy: "Datenschutz-Center",
  },
  fr: {
    customize: "Personnaliser",
    close: "Fermer",
    privacy: "Centre de confidentialité",
  },
  es: {
    customize: "Personalizar",

    close: "Cerrar",
    privacy: "Centro de privacidad",
  },
} as const;

describe.each(Object.entries(LABELS))("in %s", (lang, label) => {
  it("banner, settings, a row, an explanation and the privacy centre have no English left, and lang is set", async () => {
    await openShop(page, demo.url, `region=DE&lang=${lang}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const found: Record<string, string[]> = {};
    const scan = async (name: string, selector: string) => {
      const words = (await uiText(selector)).match(englishIn(lang)) ?? [];
      if (words.length > 0) {
        const text = await uiText(selector);
        found[name] = [...new Set(words)].map((w) => {
          const at = text.search(new RegExp(`\\b${w}\\b`));
          return `${w}: …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, " ")}…`;
        });
      }
    };
    await scan("banner", ".candor-banner");
    await page.locator(".candor-banner").getByRole("button", { name: label.customize }).click();
    await page.locator("dialog.candor-dialog").waitFor();
    await scan("settings", "dialog.candor-dialog");
    // Grant everything from the dialog, so rows are personalized and explanations name data and consent.
    await page.locator(".candor-dialog__choices button").first().click();
    await page.locator('.candor-row[data-mode="personalized"] .candor-row__item').first().waitFor();
    await scan("row", ".candor-row");
    await page.locator(".candor-row .candor-why").first().click();
    await page.locator("dialog.candor-explanation").waitFor();
    await scan("explanation", "dialog.candor-explanation");
    await page.locator("dialog.candor-explanation").getByRole("button", { name: label.close }).click();
    await page.evaluate(() => {
      location.hash = "#/privacy";
    });
    await page.getByRole("heading", { level: 1, name: label.privacy }).waitFor();
    await page.locator(".candor-privacy").getByRole("heading").nth(2).waitFor();
    await scan("privacy centre", "main");
    await scan("footer", ".shop-footer");
    expect(found).toEqual({});
  });
});

describe("switching language in the page", () => {
  it("loads the texts of a language picked after the first render, and sets lang", async () => {
    await openShop(page, demo.url, "region=DE");
    expect(await page.locator(".candor-banner__title").textContent()).toBe("Your privacy choices");
    await page.getByRole("combobox", { name: "Language" }).selectOption("de");
    await expect
      .poll(() => page.locator(".candor-banner__title").textContent())
      .toBe("Ihre Datenschutz-Auswahl");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
  });
});
