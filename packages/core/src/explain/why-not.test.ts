import { afterEach, describe, expect, it } from "vitest";
import { registerExplainLocales } from "./explain-locale.ts";
import { ga } from "./locales/ga.ts";
import { is } from "./locales/is.ts";
import { mt } from "./locales/mt.ts";
import { explainWhyNot } from "./why-not.ts";

const reason = { kind: "data-not-allowed", categories: ["A", "B", "C"] } as const;
const RealListFormat = Intl.ListFormat;

/** `Intl.ListFormat` as in Chromium for a language it has no data for: not supported, and English when asked anyway. */
class WithoutListData extends RealListFormat {
  constructor(_locale?: string | readonly string[], options?: Intl.ListFormatOptions) {
    super("en", options);
  }
  static override supportedLocalesOf(): string[] {
    return [];
  }
}

describe("explainWhyNot lists data categories", () => {
  afterEach(() => {
    Object.assign(Intl, { ListFormat: RealListFormat });
  });

  it("with the runtime's list data where it has some", () => {
    expect(explainWhyNot([reason], { locale: "de-AT" })[0]).toContain("A, B und C");
  });

  it("with the language's own 'and' where the runtime has no list data (Chromium lacks Irish, Icelandic, Maltese)", () => {
    registerExplainLocales(ga, is, mt);
    Object.assign(Intl, { ListFormat: WithoutListData });
    expect(explainWhyNot([reason], { locale: "ga-IE" })[0]).toContain("A, B agus C");
    expect(explainWhyNot([{ ...reason, categories: ["A", "B"] }], { locale: "is" })[0]).toContain("A og B");
    expect(explainWhyNot([reason], { locale: "mt" })[0]).toContain("A, B u C");
    for (const locale of ["ga", "is", "mt"])
      expect(explainWhyNot([reason], { locale })[0], locale).not.toMatch(/\band\b/);
  });
});
