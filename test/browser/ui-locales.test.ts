/**
 * Issue 14 item 7: in every UI language present in `packages/core/src/ui/locales/`, the banner, the settings and an
 * explanation show no English word, and their roots carry that language in `lang` and `dir`.
 */
import { readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
/** Every language with a UI locale file but English: a new file is covered without touching this test. */
const languages = readdirSync(join(root, "packages/core/src/ui/locales"))
  .filter((file) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(file) && file !== "en.ts")
  .map((file) => file.slice(0, -3))
  .sort();

/**
 * English words of the banner, the settings and an explanation (and their purpose and explanation texts) that are
 * not words of any other shipped language: "data", "popular", "legal", "on" and "is" are left out for that reason, and
 * "shop" and "marketing", which German, French and Spanish use as loanwords.
 */
const ENGLISH_WORDS = [
  "the|and|your|you|with|what|this|used|until|choose|choices|privacy|settings|accept|reject|customize|save|close",
  "always|policy|personalize|personalized|recommendations|variety|why|seeing|because|viewed|shown|score",
  "balanced|basis|consent|none|off|from|works|either|way|activity|like|ask|about|needed|provide|learn",
  "shoppers|similar|purchases|emails|sensitive|explicit|turn|interested|change|moved|added",
].join("|");
/** Words that are English and also this language's own, with the language. */
const SHARED: Readonly<Record<string, readonly string[]>> = {
  fr: ["score"], // "du score"
  it: ["privacy"], // Italian uses the loanword ("Impostazioni della privacy")
  nb: ["sensitive"], // "sensitive produkter": the Norwegian plural of "sensitiv"
  nl: ["basis", "score"], // "op basis van", "de score"
  pt: ["similar"],
  ro: ["explicit", "similar"], // "consimțământ explicit" is the GDPR's Romanian wording
};
/** A whole word: no letter of any script right before or after it. */
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

let server: Server;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    // The page lives in @candor/preact (src/testing, not shipped), where preact resolves.
    entryPoints: [join(root, "packages/preact/src/testing/ui-locales-page.tsx")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    conditions: ["@candor/source"],
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.contents ?? "";
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UI locales</title></head><body><main id="root"></main><script type="module" src="/page.js"></script></body></html>';
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/page.js") response.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
    else if (path === "/") response.writeHead(200, { "Content-Type": "text/html" }).end(html);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** Opens one part in one language and waits until it rendered. */
async function open(lang: string, part: string): Promise<void> {
  await page.goto(`${url}/?lang=${lang}&part=${part}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
}

/** Text of `selector`, without the explained product's name (data, not UI text); placeholders and labels included. */
const textOf = (selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return "";
    const copy = element.cloneNode(true) as HTMLElement;
    for (const skip of copy.querySelectorAll(".candor-explanation__about")) skip.remove();
    const labels = [...copy.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"));
    // Text nodes one by one, so that two elements' words never run together ("AuswahlWir").
    const words: string[] = [];
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) words.push(node.textContent ?? "");
    return `${words.join(" ")} ${labels.join(" ")}`;
  }, selector);

/** The English words in `text`, each with its surroundings, for a readable failure. */
function english(lang: string, text: string): string[] {
  return [...new Set(text.match(englishIn(lang)) ?? [])].map((w) => {
    const at = text.search(new RegExp(word(w), "iu"));
    return `${w}: …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, " ")}…`;
  });
}

it("finds the languages to check", () => {
  expect(languages).toEqual(expect.arrayContaining(["de", "es", "fr"]));
});

it("the English page itself is caught by the word list (the check can fail)", async () => {
  await open("en", "banner");
  expect(english("de", await textOf(".candor-banner")).length).toBeGreaterThan(5);
});

describe.each(languages)("in %s", (lang) => {
  it("the banner, the settings and an explanation have no English left, with lang and dir on their roots", async () => {
    const found: Record<string, string[]> = {};
    const attributes: Record<string, [string | null, string | null]> = {};
    const check = async (name: string, selector: string) => {
      const words = english(lang, await textOf(selector));
      if (words.length > 0) found[name] = words;
      attributes[name] = await page.evaluate((s) => {
        const element = document.querySelector(s);
        return [element?.getAttribute("lang") ?? null, element?.getAttribute("dir") ?? null] as [
          string | null,
          string | null,
        ];
      }, selector);
    };
    await open(lang, "banner");
    expect(await page.evaluate(() => document.documentElement.dataset.uiLang)).toBe(lang);
    await check("banner", ".candor-banner");
    await open(lang, "settings");
    await check("settings", "dialog.candor-dialog");
    await open(lang, "why");
    await check("button", "button.candor-why");
    await page.locator("button.candor-why").click();
    await page.locator("dialog.candor-explanation").waitFor();
    await check("explanation", "dialog.candor-explanation");
    expect(found).toEqual({});
    for (const [name, [l, d]] of Object.entries(attributes)) {
      expect(l, `${name} lang`).toBe(lang);
      expect(d, `${name} dir`).toBe("ltr");
    }
  });
});
