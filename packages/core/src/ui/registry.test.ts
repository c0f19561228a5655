import { describe, expect, it } from "vitest";
import { CandorError } from "../internal/candor-error.ts";
import * as en from "./locales/en.ts";
import {
  bannerTexts,
  loadableUiLanguages,
  loadUiMessages,
  registeredUiLanguages,
  registerUiMessages,
  rowTexts,
  settingsTexts,
} from "./registry.ts";

describe("UI text registry", () => {
  it("gives English with lang and dir when nothing else is registered", () => {
    const texts = bannerTexts("pt-BR");
    expect(texts.acceptAll).toBe(en.banner.acceptAll);
    expect(texts.lang).toBe("en");
    expect(texts.dir).toBe("ltr");
    expect(bannerTexts().lang).toBe("en");
  });

  it("registers groups one by one; other groups stay English", () => {
    registerUiMessages("xx", { banner: { ...en.banner, acceptAll: "Akzeptiere" } });
    expect(bannerTexts("xx-YY").acceptAll).toBe("Akzeptiere");
    expect(bannerTexts("xx-YY").lang).toBe("xx-YY");
    expect(settingsTexts("xx").title).toBe(en.settings.title);
    expect(settingsTexts("xx").lang).toBe("en");
    expect(registeredUiLanguages()).toContain("xx");
  });

  it("fills a group's missing texts from English", () => {
    registerUiMessages("yy", { row: { empty: "Leer" } as never });
    expect(rowTexts("yy").empty).toBe("Leer");
    expect(rowTexts("yy").updated).toBe(en.row.updated);
  });

  it("marks right-to-left languages", () => {
    registerUiMessages("ar", { banner: en.banner });
    expect(bannerTexts("ar-EG").dir).toBe("rtl");
  });

  it("rejects a bad tag or group with InputError", () => {
    expect(() => registerUiMessages("not a tag", {})).toThrow(CandorError);
    expect(() => registerUiMessages("zz", { banner: "x" as never })).toThrow(/module\.banner/);
  });

  it("loads a shipped language as its own chunk and matches regional tags", async () => {
    expect(loadableUiLanguages()).toEqual(expect.arrayContaining(["de", "en", "fr", "es"]));
    expect(await loadUiMessages("de-AT")).toBe("de");
    expect(bannerTexts("de-AT").acceptAll).toBe("Alle akzeptieren");
    expect(bannerTexts("de-AT").lang).toBe("de-AT");
    expect(settingsTexts("de").lang).toBe("de");
    expect(await loadUiMessages("tlh")).toBe("en");
    expect(await loadUiMessages("en-GB")).toBe("en");
  });

  it("keeps groups a shop registered over the shipped ones when loading", async () => {
    registerUiMessages("fr", { banner: { ...en.banner, title: "Mon titre" } });
    expect(await loadUiMessages("fr")).toBe("fr");
    expect(bannerTexts("fr").title).toBe("Mon titre");
    expect(settingsTexts("fr").title).not.toBe(en.settings.title);
  });
});
