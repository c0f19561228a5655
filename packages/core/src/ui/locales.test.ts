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

/** Counts that reach every plural category of the shipped languages (Slavic few/many, Baltic, Celtic, Maltese, Romanian "de"). */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000];

/**
 * The plural placeholders of a text with the selectors of their branches, also those nested in a branch:
 * `"{n, plural, one {# x} other {# y}}"` → `{ n: ["one", "other"] }` (a name used twice lists both uses' selectors).
 */
function pluralsOf(template: string): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  const closing = (text: string, open: number) => {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) return i;
    }
    return -1;
  };
  const walk = (text: string) => {
    for (let open = text.indexOf("{"); open >= 0; ) {
      const end = closing(text, open);
      if (end < 0) return;
      const match = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(text.slice(open + 1, end));
      if (match?.[1] !== undefined && match[2] !== undefined) {
        const options = match[2];
        const selectors: string[] = [];
        for (let i = 0; i < options.length; ) {
          const start = options.indexOf("{", i);
          const stop = start < 0 ? -1 : closing(options, start);
          if (stop < 0) break;
          selectors.push(options.slice(i, start).trim());
          walk(options.slice(start + 1, stop));
          i = stop + 1;
        }
        found.set(match[1], [...(found.get(match[1]) ?? []), selectors]);
      }
      open = text.indexOf("{", end + 1);
    }
  };
  walk(template);
  return found;
}

/** Every text filled with each of `COUNTS`: no placeholder, `#` or brace may be left (a plural lacks no branch). */
function expectFillable(lang: string, texts: Map<string, unknown>) {
  for (const [path, text] of texts) {
    if (typeof text !== "string") continue;
    for (const n of COUNTS) {
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

  it.each([
    ["pl", 1, "1 z 1 wpisu"],
    ["pl", 22, "1 z 22 wpisów"],
    ["cs", 3, "1 z 3 záznamů"],
    ["sk", 1, "1 z 1 záznamu"],
    ["sl", 2, "1 od 2 vnosov"],
    ["hr", 21, "1 od 21 zapisa"],
    ["lt", 21, "Rodoma 1 iš 21 įrašo"],
    ["lt", 11, "Rodoma 1 iš 11 įrašų"],
    ["lv", 21, "1 no 21 ieraksta"],
    ["lv", 25, "1 no 25 ierakstiem"],
    ["ro", 5, "1 din 5 înregistrări"],
    ["ro", 20, "1 din 20 de înregistrări"],
    ["mt", 5, "1 minn 5 entrati"],
    ["mt", 11, "1 minn 11 entrata"],
    ["is", 21, "1 af 21 færslu"],
    ["fr", 1_000_000, "1 000 000 d'entrées sur 1"],
    ["it", 1_000_000, "1 su 1.000.000 di voci"],
  ] as const)("%s chooses the noun form for %i entries", async (lang, total, expected) => {
    const { audit } = (await import(`./locales/${lang}.ts`)) as typeof en;
    const values = lang === "fr" ? { shown: total, total: 1 } : { shown: 1, total };
    expect(formatMessage(audit.entriesShown, values, lang).replace(/\s/g, " ")).toBe(expected);
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

    it("says in plural forms every count English does, with a branch for each of the language's plural categories", async () => {
      const module = { ...(await import(`./locales/${lang}.ts`)) } as Record<string, unknown>;
      const own = new Map(leaves(module));
      const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      let checked = 0;
      for (const [path, text] of english) {
        const inEnglish = pluralsOf(String(text));
        if (inEnglish.size === 0) continue;
        const translated = pluralsOf(String(own.get(path)));
        // As many counts in plural forms as English; which one carries the noun may differ ("20 entrées sur 1 250").
        expect(translated.size, `${lang}.${path}: plural placeholders`).toBe(inEnglish.size);
        for (const [name, uses] of translated)
          for (const selectors of uses) {
            expect(
              selectors.filter((s) => !s.startsWith("=")).sort(),
              `${lang}.${path}: {${name}} categories`,
            ).toEqual(categories);
            checked++;
          }
      }
      expect(checked).toBeGreaterThan(0);
    });
  });
});
