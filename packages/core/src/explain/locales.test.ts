import { beforeAll, describe, expect, it } from "vitest";
import { allCategoryNames } from "../consent/locales/all.ts";
import { localeDirection, supportedLocales } from "../consent/locales.ts";
import { CandorError } from "../internal/candor-error.ts";
import type { PolicyDecision } from "../policy/types.ts";
import type { Contribution, SlateItem } from "../recommend/types.ts";
import { explainLocaleFor, explainLocales } from "./explain-locale.ts";
import {
  type ExplainLocale,
  explainItem,
  explainWhyNot,
  matchLocale,
  registerExplainLocales,
} from "./index.ts";
import { allExplainLocales } from "./locales/all.ts";
import { en } from "./locales/en.ts";
import { pl } from "./locales/pl.ts";
import { templatesFor } from "./templates.ts";

const PARTS = ["templates", "controls", "whyNot", "device", "daypart"] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Texts that are, correctly, the same as the English one: the word is the same in that language.
 * Key: `locale.part.key`.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  "es.templates.context-daypart": "“Popular {value}”: popular is the Spanish word",
  "pt.templates.context-daypart": "“Popular {value}”: popular is the Portuguese word",
  "ro.templates.context-daypart": "“Popular {value}”: popular is the Romanian word",
};

/** English context words that may appear in a language because they are that language's word too. */
const OWN_WORD: Readonly<Record<string, readonly string[]>> = {
  de: ["tablet"], // "auf dem Tablet"
  nl: ["tablet"], // "op een tablet"
  da: ["tablet"], // "på tablet"
  it: ["tablet"], // "su tablet"
  mt: ["tablet"], // "fuq it-tablet"
  fr: ["mobile"], // "sur mobile"
  pt: ["tablets"], // "em tablets"
  ro: ["mobile"], // "dispozitive mobile" (Romanian plural of "mobil")
  sk: ["mobile"], // "na mobile" (Slovak locative of "mobil")
};
const ENGLISH_CONTEXT_WORDS = [
  ...new Set(
    [...Object.values(en.device), ...Object.values(en.daypart), "Germany", "mobile", "desktop", "tablet"]
      .flatMap((phrase) => phrase.split(" "))
      .filter((word) => !["on", "in", "the", "at"].includes(word)),
  ),
];

describe("explanation languages", () => {
  it("ships every supported language, each with every English key and the same placeholders", () => {
    expect(allExplainLocales.map((l) => l.locale)).toEqual([...supportedLocales]);
    for (const locale of allExplainLocales) {
      for (const part of PARTS) {
        const english = en[part] as Readonly<Record<string, string>>;
        const own = locale[part] as Readonly<Record<string, string>>;
        expect(Object.keys(own).sort(), `${locale.locale}.${part}`).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(english)) {
          expect(placeholders(own[key] ?? ""), `${locale.locale}.${part}.${key}`).toEqual(placeholders(text));
        }
      }
    }
  });

  it("translates every text (only the allow-listed ones equal the English)", () => {
    const same: string[] = [];
    for (const locale of allExplainLocales.filter((l) => l.locale !== "en")) {
      for (const part of PARTS) {
        const english = en[part] as Readonly<Record<string, string>>;
        for (const [key, text] of Object.entries(locale[part] as Readonly<Record<string, string>>)) {
          if (text.trim() === "" || text === english[key]) same.push(`${locale.locale}.${part}.${key}`);
        }
      }
    }
    expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH).sort());
  });

  it("says “personal data” as the GDPR's text in that language does (Art. 4(1)), declined where the grammar asks", () => {
    const personalData: Readonly<Record<string, string>> = {
      bg: "лични данни",
      cs: "osobní údaje",
      da: "personoplysninger",
      de: "personenbezogenen Daten",
      el: "δεδομένα προσωπικού χαρακτήρα",
      en: "nothing personal",
      es: "datos personales",
      et: "isikuandmeid",
      fi: "henkilötietoja",
      fr: "donnée à caractère personnel",
      ga: "sonraí pearsanta",
      hr: "osobni podaci",
      hu: "személyes adatot",
      is: "persónuupplýsingar",
      it: "dato personale",
      lt: "asmens duomenys",
      lv: "personas dati",
      mt: "data personali",
      nb: "personopplysninger",
      nl: "persoonsgegevens",
      pl: "dane osobowe",
      pt: "dados pessoais",
      ro: "date cu caracter personal",
      sk: "osobné údaje",
      sl: "osebni podatki",
      sv: "personuppgifter",
    };
    for (const locale of allExplainLocales) {
      expect(locale.templates["popular-now"], locale.locale).toContain(personalData[locale.locale]);
    }
  });

  it("matches BCP 47 tags to a registered language, falling back to English", () => {
    expect(explainLocaleFor("pl").locale).toBe("en");
    registerExplainLocales(...allExplainLocales);
    expect(explainLocales().sort()).toEqual([...supportedLocales].sort());
    for (const [tag, locale] of [
      ["de-AT", "de"],
      ["pt-BR", "pt"],
      ["nb-NO", "nb"],
      ["no", "nb"],
      ["nn-NO", "nb"],
      ["sv_FI", "sv"],
      ["EL", "el"],
      ["ga-IE", "ga"],
      ["is-IS", "is"],
      ["en-GB", "en"],
      ["sw", "en"],
      ["zh-Hant-TW", "en"],
      ["", "en"],
      ["not a tag!", "en"],
    ] as const) {
      expect(explainLocaleFor(tag).locale, tag).toBe(locale);
      expect(matchLocale(tag), tag).toBe(locale);
    }
    expect(matchLocale(42)).toBe("en");
    expect(templatesFor("pl-PL")["because-viewed"]).toBe(pl.templates["because-viewed"]);
  });

  it("rejects a shop-built language that lacks a text, naming it", () => {
    const { calibration: _, ...templates } = pl.templates;
    const broken = { ...pl, locale: "xx", templates } as unknown as ExplainLocale;
    expect(() => registerExplainLocales(broken)).toThrowError(CandorError);
    try {
      registerExplainLocales(broken);
    } catch (error) {
      expect((error as CandorError).code).toBe("invalid-locale");
      expect((error as CandorError).path).toBe("xx.templates.calibration");
    }
    expect(explainLocales()).not.toContain("xx");
  });

  it("gives the text direction of a tag: rtl for Arabic, Hebrew, Persian, Urdu, ltr for every shipped language", () => {
    for (const tag of ["ar", "he-IL", "iw", "fa-IR", "ur", "pa-Arab", "ar-EG"])
      expect(localeDirection(tag), tag).toBe("rtl");
    for (const tag of [...supportedLocales, "az-Latn", "ku-Latn-TR", "", "??"])
      expect(localeDirection(tag), tag).toBe("ltr");
    expect(localeDirection(undefined)).toBe("ltr");
  });
});

const decision: PolicyDecision = {
  subject: "s1",
  purpose: "recommend",
  surface: "home",
  mode: "personalized",
  reason: null,
  allowed: ["pd:BrowsingBehavior", "pd:DeviceBased", "pd:Location", "candor:TimeOfDay"],
  basis: [],
  denied: [],
  signalOnly: [],
  sensitiveAllowed: false,
  collaborative: true,
  sharedStatistics: true,
  consentEventId: "ce_1",
};
const contextual = (name: string, value: string, amount: number, dataCategory: string): Contribution => ({
  scorer: "context",
  evidence: { kind: "context", name, value, dataCategory },
  raw: amount,
  weight: 1,
  amount,
  purposes: ["personalization.context"],
});

describe("explanations in every language", () => {
  beforeAll(() => registerExplainLocales(...allExplainLocales));
  const devices = ["mobile", "desktop", "tablet"] as const;
  const dayparts = ["night", "morning", "afternoon", "evening"] as const;
  const cases = devices.flatMap((device) => dayparts.map((daypart) => [device, daypart] as const));

  it.each(allExplainLocales.filter((l) => l.locale !== "en").map((l) => [l.locale, l] as const))(
    "%s: context values are in the language, regions through Intl.DisplayNames, no English words",
    (tag, locale) => {
      const allowed = new Set(OWN_WORD[tag] ?? []);
      const region = new Intl.DisplayNames([tag], { type: "region" }).of("DE") as string;
      for (const [device, daypart] of cases) {
        const item: SlateItem = {
          item: "p1",
          rank: 1,
          score: 0.6,
          contributions: [
            contextual("device", device, 0.3, "pd:DeviceBased"),
            contextual("daypart", daypart, 0.2, "candor:TimeOfDay"),
            contextual("region", "de", 0.1, "pd:Location"),
          ],
          effects: [],
        };
        const explanation = explainItem(item, {
          decision,
          titleOf: () => "Trail Runner 3",
          categoryOf: () => "Running",
          locale: tag,
        });
        const texts = [
          ...explanation.reasons.map((r) => r.text),
          ...explanation.controls.map((c) => c.label),
        ];
        expect(explanation.reasons.map((r) => r.text)).toEqual([
          locale.templates["context-device"].replace("{value}", locale.device[device]),
          locale.templates["context-daypart"].replace("{value}", locale.daypart[daypart]),
          locale.templates["context-region"].replace("{value}", region),
        ]);
        for (const word of ENGLISH_CONTEXT_WORDS.filter((w) => !allowed.has(w.toLowerCase()))) {
          const english = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, "iu");
          for (const text of texts) expect(text, `${tag}: "${word}" in "${text}"`).not.toMatch(english);
        }
      }
    },
  );

  it("renders every why-not reason in every language, with locale numbers and lists", () => {
    const reasons = [
      { kind: "shown", rank: 3 },
      { kind: "unknown-item" },
      { kind: "filtered", ruleId: "r", reason: "—" },
      { kind: "bought" },
      { kind: "not-interested" },
      { kind: "excluded" },
      { kind: "constraint" },
      { kind: "outranked", score: 0.1234, cutoff: 0.5, by: "p1" },
      { kind: "data-not-allowed", categories: ["pd:Purchase", "pd:Location"] },
    ] as const;
    for (const locale of allExplainLocales) {
      const texts = explainWhyNot(reasons, {
        locale: locale.locale,
        titleOf: () => "Trail Runner 3",
        categoryName: (c) => allCategoryNames[locale.locale]?.[c as "pd:Purchase" | "pd:Location"],
      });
      expect(texts, locale.locale).toHaveLength(reasons.length);
      for (const text of texts) expect(text, locale.locale).not.toMatch(/\{\w+\}/);
      const names = allCategoryNames[locale.locale];
      const list = new Intl.ListFormat(locale.locale, { type: "conjunction" }).format([
        names?.["pd:Purchase"] ?? "",
        names?.["pd:Location"] ?? "",
      ]);
      expect(texts[8], locale.locale).toContain(list);
      expect(texts[7], locale.locale).toContain(new Intl.NumberFormat(locale.locale).format(0.123));
    }
    expect(
      explainWhyNot([{ kind: "outranked", score: 0.1234, cutoff: 0.5, by: "p1" }], { locale: "de-AT" })[0],
    ).toContain("0,123");
    expect(explainWhyNot([{ kind: "bought" }], { locale: "%%" })).toEqual(["You already bought it."]);
  });
});
