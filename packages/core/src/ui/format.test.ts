import { describe, expect, it, vi } from "vitest";
import { formatDate, formatList, formatMessage, formatNumber, placeholdersOf } from "./format.ts";

describe("formatMessage", () => {
  it("fills placeholders and leaves unknown ones as written", () => {
    expect(formatMessage("Tampering detected at entry {index}", { index: 3 })).toBe(
      "Tampering detected at entry 3",
    );
    expect(formatMessage("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });

  it("formats numbers in the locale", () => {
    expect(formatMessage("{n} entries", { n: 12345.5 }, "en")).toBe("12,345.5 entries");
    expect(formatMessage("{n} Einträge", { n: 12345.5 }, "de")).toBe("12.345,5 Einträge");
    expect(formatMessage("{share, number, percent}", { share: 0.25 }, "fr")).toBe("25\u00a0%");
    expect(formatMessage("{n, number, integer}", { n: 2.6 }, "en")).toBe("3");
  });

  it("chooses plural branches with Intl.PluralRules, exact matches first", () => {
    const template = "{count, plural, =0 {nothing} one {# entry of {total}} other {# entries of {total}}}";
    expect(formatMessage(template, { count: 0, total: 9 })).toBe("nothing");
    expect(formatMessage(template, { count: 1, total: 9 })).toBe("1 entry of 9");
    expect(formatMessage(template, { count: 1200, total: 9 })).toBe("1,200 entries of 9");
    // Polish has few/many forms.
    const pl = "{n, plural, one {# wpis} few {# wpisy} many {# wpisów} other {# wpisu}}";
    expect(formatMessage(pl, { n: 3 }, "pl")).toBe("3 wpisy");
    expect(formatMessage(pl, { n: 5 }, "pl")).toBe("5 wpisów");
  });

  it("formats dates with Intl.DateTimeFormat", () => {
    const date = new Date(Date.UTC(2026, 11, 3, 12));
    expect(formatMessage("on {d, date, long}", { d: date }, "de")).toBe(
      `on ${formatDate(date, "de", "long")}`,
    );
    expect(formatDate(date, "en", "long")).toMatch(/December 3, 2026/);
  });

  it("never throws: a bad locale is English, a broken template keeps what it could fill", () => {
    expect(formatMessage("{n}", { n: 1000 }, "not a locale!")).toBe("1,000");
    expect(formatMessage("{n} and {open", { n: 1 })).toBe("1 and {open");
    expect(formatNumber(0.5, "en", "percent")).toBe("50%");
  });

  it("lists placeholder names, including those inside plural branches", () => {
    expect(placeholdersOf("{count, plural, one {# of {total}} other {# of {total}}} by {who}")).toEqual([
      "count",
      "total",
      "who",
    ]);
    expect(placeholdersOf("no placeholders")).toEqual([]);
  });

  it("formats lists in the language, never with an English 'and'", () => {
    expect(formatList(["A", "B", "C"], "de")).toBe("A, B und C");
    expect(formatList(["A"], "fr")).toBe("A");
    for (const [lang, and] of [
      ["ga", "agus"],
      ["is", "og"],
      ["mt", "u"],
    ] as const)
      expect(formatList(["A", "B", "C"], lang)).toMatch(new RegExp(` ${and} C$`));
    expect(formatList(["A", "B"], "not a tag!")).toBe("A, B");
  });

  it("joins with the language's own 'and' where the runtime has no list data (as in Chromium for ga, is, mt)", () => {
    const spy = vi.spyOn(Intl.ListFormat, "supportedLocalesOf").mockReturnValue([]);
    try {
      expect(formatList(["A", "B", "C"], "ga-IE")).toBe("A, B agus C");
      expect(formatList(["A", "B"], "is-IS")).toBe("A og B");
      expect(formatList(["A", "B", "C"], "mt-MT")).toBe("A, B u C");
      expect(formatList(["A", "B"], "xh-ZA")).toBe("A, B");
    } finally {
      spy.mockRestore();
    }
  });
});
