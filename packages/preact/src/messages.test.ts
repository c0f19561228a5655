import { describe, expect, it } from "vitest";
import { addMessages, formatMessage, messages, messagesFor } from "./index.ts";
import { locales } from "./locales.ts";

addMessages(locales);

const keysOf = (value: object, prefix = ""): string[] =>
  Object.entries(value).flatMap(([key, v]) =>
    typeof v === "object" && v !== null ? keysOf(v, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe("messages", () => {
  it("every language has every text, none empty, with the same placeholders as English", () => {
    const en = messages.en as object;
    const english = keysOf(en).sort();
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const at = (value: object, path: string) =>
      path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value) as string;
    for (const locale of ["de", "fr", "es"]) {
      const texts = messages[locale] as object;
      expect(keysOf(texts).sort()).toEqual(english);
      for (const key of english) {
        expect(at(texts, key).trim(), `${locale}.${key}`).not.toBe("");
        expect(placeholders(at(texts, key)), `${locale}.${key}`).toEqual(placeholders(at(en, key)));
      }
    }
  });

  it("falls back from a regional locale to its language, and to English", () => {
    expect(messagesFor("de-AT").acceptAll).toBe("Alle akzeptieren");
    expect(messagesFor("pt-BR").acceptAll).toBe("Accept all");
  });

  it("fills placeholders and leaves unknown ones as written", () => {
    expect(formatMessage("Tampering detected at entry {index}", { index: 3 })).toBe(
      "Tampering detected at entry 3",
    );
    expect(formatMessage("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });
});
