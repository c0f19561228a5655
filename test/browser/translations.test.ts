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
const ENGLISH_WORDS = [
  "the|and|your|you|with|what|this|used|until|choose|privacy|settings|accept|reject|customize|save|close|always",
  "popular|recommended|personalized|variety|why|seeing|because|viewed|evening|morning|night|data|legal|basis|consent",
  "off",
  // The shop's shell: header, demo bar, pages, category names.
  "cart|search|products|results|price|sort|stock|sold|seller|independent|ships|everywhere|checkout|total|remove",
  "order|street|city|category|categories|subcategory|any|popularity|low|high|show|more|all|similar|items|bought",
  "also|like|might|goes|well|deals|under|trending|new|season|gear|long|days|outside|tents|boots|jackets|makers",
  "brands|shipped|from|recommendations|only|allowed|not|see|skip|audit|my|controls|jurisdiction|simulate|shopper",
  "minor|language|reset|everything|visitor|home|books|kitchen|electronics|toys|games|beauty|pharmacy|wine|spirits",
  "garden|fashion|sports|running|hiking|cycling|whole|pictures|colour|availability|sensitive|free|delivery|returns",
  "thank|empty|back|looking|shorter|browse|match|best|elsewhere|saved|searches|device|erase|change",
].join("|");
/** Words that are English and also this language's own ("popular", "legal" and "similar" are Spanish, "total" French too). */
const SHARED: Readonly<Record<string, readonly string[]>> = {
  es: ["popular", "legal", "total", "similar"],
  fr: ["total", "audit", "sports", "stock"],
};
/** A whole word: no letter (of any script, so "échange" holds no "change") right before or after. */
const word = (w: string) => `(?<!\\p{L})(?:${w})(?!\\p{L})`;
const englishIn = (lang: string) =>
  new RegExp(
    word(
      ENGLISH_WORDS.split("|")
        .filter((w) => !SHARED[lang]?.includes(w))
        .join("|"),
    ),
    "giu",
  );

/**
 * What is data, not UI text, and so stays as the catalog has it, by selector: the product in a row, the product an
 * explanation is about, raw JSON documents; and on the shop's pages a product's brand, title and description, a
 * seller's name, a picture's alt text and a persona's name (simulated people and their taste, as the catalog names
 * them). Category names, row titles, labels and notes are the shop's UI and are scanned.
 */
const DATA = [
  ".candor-row__product, .candor-explanation__about, .candor-row__item > span[hidden]",
  ".candor-settings__legend .candor-visually-hidden, pre",
  ".product-card__brand, .product-card__title, .product__brand, #product-title, .product__description",
  ".product__seller-name, .hero__product-title, .cart__what, .demo-bar__persona option[value]:not([value=''])",
].join(", ");

/** Proper names that are English in every language, with why. */
const NAMES = [
  "Candor Demo Shop", // the shop's brand
  "Global Privacy Control", // the name of the signal's specification (globalprivacycontrol.org), not translated
];

/** Text of what `selector` finds, without {@link DATA} and {@link NAMES}; the search box's placeholder included. */
async function uiText(selector: string): Promise<string> {
  return page.evaluate(
    ([s, data, names]) =>
      [...document.querySelectorAll(s)]
        .map((element) => {
          const copy = element.cloneNode(true) as HTMLElement;
          for (const skip of copy.querySelectorAll(data)) skip.remove();
          const placeholders = [...copy.querySelectorAll("[placeholder]")].map((e) =>
            e.getAttribute("placeholder"),
          );
          let text = `${copy.textContent ?? ""} ${placeholders.join(" ")}`;
          for (const name of names) text = text.split(name).join(" ");
          return text;
        })
        .join(" \n "),
    [selector, DATA, NAMES] as const,
  );
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
          const at = text.search(new RegExp(word(w), "iu"));
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

/** Opens `hash` in the page and waits for its main heading. */
async function go(hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((h) => location.hash === h, hash);
  await page.locator("main h1").first().waitFor();
}

describe.each(Object.keys(LABELS))("the shop in %s", (lang) => {
  it("header, demo bar, home, a category, a product, search results, the cart and footer have no English left", async () => {
    await openShop(page, demo.url, `region=DE&lang=${lang}`);
    const found: Record<string, string[]> = {};
    const scan = async (name: string, selector: string) => {
      const text = await uiText(selector);
      const words = text.match(englishIn(lang)) ?? [];
      if (words.length > 0)
        found[name] = [...new Set(words)].map((w) => {
          const at = text.search(new RegExp(word(w), "iu"));
          return `${w}: …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, " ")}…`;
        });
    };
    await scan("header", ".shop-header");
    await scan("demo bar", ".demo-bar");
    await page.locator(".category-tile").first().waitFor();
    await scan("home", "main");
    await scan("footer", ".shop-footer");
    await go("#/c/outdoor");
    await page.locator(".listing .product-card").first().waitFor();
    await scan("category", "main");
    await page.locator(".listing .product-card__title").first().click();
    await page.locator("#product-title").waitFor();
    await page.locator(".product button.candor-button").click();
    await page.locator(".product__status").filter({ hasText: /./ }).waitFor();
    await scan("product", "main");
    await go(`#/search?q=tent`);
    await page.locator(".listing .product-card").first().waitFor();
    await scan("search results", "main");
    await go("#/search?q=qqqq");
    await scan("no search results", "main");
    await go("#/cart");
    await page.locator(".cart__line").first().waitFor();
    await scan("cart", "main");
    await go("#/checkout");
    await scan("checkout", "main");
    expect(found).toEqual({});
    expect(await page.title()).toBe(`${await page.locator("main h1").textContent()} · Candor Demo Shop`);
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
    // The shop's own texts follow: their German chunk is fetched then, and the shell renders again.
    await expect.poll(() => page.locator(".shop-search__button").textContent()).toBe("Suchen");
    expect(await page.locator(".shop-categories").textContent()).toContain("Bücher");
    expect(await page.title()).toBe("Startseite · Candor Demo Shop");
  });
});
