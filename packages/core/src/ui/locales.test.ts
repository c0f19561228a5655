import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatMessage, placeholdersOf } from "./format.ts";
import { uiLoaders } from "./loaders.ts";
import * as en from "./locales/en.ts";

const dir = fileURLToPath(new URL("./locales/", import.meta.url));
const languages = readdirSync(dir)
  .filter((file) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(file))
  .map((file) => file.slice(0, -3))
  .sort();

/** Every leaf's path: `banner.title`, `privacy.options.0`, … */
const leaves = (value: unknown, prefix = ""): [string, unknown][] =>
  value !== null && typeof value === "object"
    ? Object.entries(value).flatMap(([key, v]) => leaves(v, prefix ? `${prefix}.${key}` : key))
    : [[prefix, value]];

const english = new Map(leaves({ ...en }));

/** Every text filled with the counts 0, 1, 2 and 5: no placeholder, `#` or brace may be left (a plural lacks no branch). */
function expectFillable(lang: string, texts: Map<string, unknown>) {
  for (const [path, text] of texts) {
    if (typeof text !== "string") continue;
    for (const n of [0, 1, 2, 5]) {
      const values = Object.fromEntries(placeholdersOf(text).map((name) => [name, n]));
      const filled = formatMessage(text, values, lang);
      expect(filled, `${lang}.${path} with ${n}`).not.toMatch(/[{}#]/);
    }
  }
}

describe("UI locale files", () => {
  it("English counts with plural forms", () => {
    expect(formatMessage(en.audit.entriesShown, { shown: 1, total: 1 })).toBe("1 of 1 entry");
    expect(formatMessage(en.audit.entriesShown, { shown: 20, total: 1250 })).toBe("20 of 1,250 entries");
    expect(formatMessage(en.myData.stored.events, { count: 1 })).toBe("1 thing you did here:");
    expectFillable("en", english);
  });

  it("ship English and the four languages this package started with", () => {
    expect(languages).toEqual(expect.arrayContaining(["de", "en", "es", "fr"]));
  });

  it("are all loadable through loaders.ts (regenerate it with `--loaders`)", () => {
    expect(Object.keys(uiLoaders).sort()).toEqual(languages.filter((lang) => lang !== "en"));
  });

  describe.each(languages.filter((lang) => lang !== "en"))("%s", (lang) => {
    it("has every English text, none empty, with the same placeholders, and nothing else", async () => {
      const module = { ...(await import(`./locales/${lang}.ts`)) } as Record<string, unknown>;
      const own = new Map(leaves(module));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of english) {
        const translated = own.get(path);
        expect(typeof translated, `${lang}.${path}`).toBe("string");
        expect(String(translated).trim(), `${lang}.${path}`).not.toBe("");
        expect(placeholdersOf(String(translated)), `${lang}.${path}`).toEqual(placeholdersOf(String(text)));
      }
      expectFillable(lang, own);
    });
  });
});
