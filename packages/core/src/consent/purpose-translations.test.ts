import { describe, expect, it } from "vitest";
import { dataCategories } from "../policy/data-categories.ts";
import {
  allCategoryNames,
  allLocalizedPurposes,
  allPlaceholderLabels,
  allPurposeTranslations,
} from "./locales/all.ts";
import { categoryNames as en, placeholderLabels as enPlaceholder } from "./locales/en.ts";
import { pl } from "./locales/pl.ts";
import { localizedPurposes, localizePurposes, supportedLocales, translatePurposes } from "./locales.ts";
import { defaultPurposes, localize } from "./purposes.ts";

/** "Explicit consent" as the GDPR's own text renders it in Art. 9(2)(a), per language. */
const EXPLICIT_CONSENT: Readonly<Record<string, string>> = {
  bg: "изрично съгласие",
  cs: "výslovný souhlas",
  da: "udtrykkeligt samtykke",
  de: "ausdrückliche Einwilligung",
  el: "ρητή συγκατάθεση",
  es: "consentimiento explícito",
  et: "selgesõnaline nõusolek",
  fi: "nimenomainen suostumus",
  fr: "consentement explicite",
  ga: "toiliú sainráite",
  hr: "izričita privola",
  hu: "kifejezett hozzájárulás",
  is: "afdráttarlaust samþykki",
  it: "consenso esplicito",
  lt: "aiškus sutikimas",
  lv: "nepārprotama piekrišana",
  mt: "kunsens espliċitu",
  nb: "uttrykkelig samtykke",
  nl: "uitdrukkelijke toestemming",
  pl: "wyraźna zgoda",
  pt: "consentimento explícito",
  ro: "consimțământ explicit",
  sk: "výslovný súhlas",
  sl: "izrecna privolitev",
  sv: "uttryckligt samtycke",
};

/**
 * Art. 9(1) special categories as the GDPR's own text in that language words them, for the languages whose names
 * were checked against it (translators' reports, issue 14): a regression guard, not a full list.
 */
const ART_9_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  et: { "pd:Religion": "usulised või filosoofilised veendumused" },
  ga: {
    "pd:Health": "sonraí a bhaineann leis an tsláinte",
    "pd:Religion": "creideamh reiligiúnach nó fealsúnach",
    "pd:Sexuality": "saol gnéis nó gnéaschlaonadh",
    "pd:EthnicOrigin": "tionscnamh ciníoch nó eitneach",
    "pd:TradeUnionMembership": "ballraíocht i gceardchumann",
  },
  lt: { "pd:Religion": "religiniai ar filosofiniai įsitikinimai" },
  lv: { "pd:EthnicOrigin": "rases vai etniskā piederība" },
  mt: {
    "pd:Religion": "twemmin reliġjuż jew filosofiku",
    "pd:TradeUnionMembership": "sħubija fi trade union",
  },
  ro: { "pd:Religion": "confesiunea religioasă sau convingerile filozofice" },
  sk: {
    "pd:Religion": "náboženské alebo filozofické presvedčenie",
    "pd:TradeUnionMembership": "členstvo v odborových organizáciách",
  },
};

describe("purpose translations", () => {
  const languages = supportedLocales.filter((l) => l !== "en");

  it("has every default purpose's title and description in every shipped language, none left in English", () => {
    expect(Object.keys(allPurposeTranslations).sort()).toEqual([...languages].sort());
    for (const language of languages) {
      const texts = allPurposeTranslations[language] ?? {};
      expect(Object.keys(texts).sort(), language).toEqual(defaultPurposes.map((p) => p.id).sort());
      for (const purpose of defaultPurposes) {
        const text = texts[purpose.id];
        expect(text?.title.trim(), `${language}.${purpose.id}`).not.toBe("");
        expect(text?.description.trim(), `${language}.${purpose.id}`).not.toBe("");
        expect(text?.title, `${language}.${purpose.id}.title`).not.toBe(purpose.title);
        expect(text?.description, `${language}.${purpose.id}.description`).not.toBe(purpose.description);
        expect(text?.description, `${language}.${purpose.id}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("names every data category of the default purposes in every shipped language, none left in English", () => {
    const ids = [
      ...new Set([...defaultPurposes.flatMap((p) => p.dataCategories), ...dataCategories.map((c) => c.id)]),
    ].sort();
    expect(Object.keys(allCategoryNames).sort()).toEqual([...supportedLocales].sort());
    for (const [language, names] of Object.entries(allCategoryNames)) {
      expect(Object.keys(names).sort(), language).toEqual(ids);
      for (const id of ids) {
        const name = names[id as keyof typeof names];
        expect(name.trim(), `${language}.${id}`).not.toBe("");
        if (language !== "en") expect(name, `${language}.${id}`).not.toBe(en[id as keyof typeof en]);
      }
    }
  });

  it("names the Art. 9 special categories as the GDPR's text in that language does", () => {
    for (const [language, names] of Object.entries(ART_9_NAMES)) {
      for (const [id, name] of Object.entries(names)) {
        const own = allCategoryNames[language]?.[id as keyof typeof en] ?? "";
        expect(own.toLowerCase(), `${language}.${id}`).toBe(name);
      }
    }
  });

  it("words the placeholder of a blocked embed in every shipped language, naming the host and the purpose", () => {
    expect(Object.keys(allPlaceholderLabels).sort()).toEqual([...supportedLocales].sort());
    for (const [language, labels] of Object.entries(allPlaceholderLabels)) {
      const blocked = labels.blocked("Videos", "www.example.net");
      expect(blocked, language).toContain("www.example.net");
      expect(blocked, language).toContain("Videos");
      expect(labels.allow("Videos"), language).toContain("Videos");
      if (language !== "en") {
        expect(blocked, language).not.toBe(enPlaceholder.blocked("Videos", "www.example.net"));
        expect(labels.allow("Videos"), language).not.toBe(enPlaceholder.allow("Videos"));
      }
    }
  });

  it("names explicit consent as the GDPR's text in that language does (Art. 9(2)(a))", () => {
    for (const language of languages) {
      const title = allPurposeTranslations[language]?.sensitive?.title ?? "";
      expect(title.toLowerCase(), language).toContain(EXPLICIT_CONSENT[language]?.toLowerCase());
    }
  });

  it("keeps the synchronous German, French and Spanish texts and adds any language passed in", () => {
    const essential = localizedPurposes.find((p) => p.id === "essential");
    expect(Object.keys(essential?.title ?? {}).sort()).toEqual(["de", "en", "es", "fr"]);
    const polish = translatePurposes(defaultPurposes, { pl }).find((p) => p.id === "sensitive");
    expect(localize(polish?.title ?? "", "pl-PL")).toBe("Produkty wrażliwe (wyraźna zgoda)");
    expect(localize(polish?.title ?? "", "de")).toBe("Sensitive products (explicit consent)");
    const withDefaults = localizePurposes().find((p) => p.id === "sensitive");
    expect(localize(withDefaults?.title ?? "", "de-CH")).toBe(
      "Sensible Produkte (ausdrückliche Einwilligung)",
    );
  });

  it("finds each language by BCP 47 tag through localize, Bokmål also under no and nn", () => {
    const analytics = allLocalizedPurposes.find((p) => p.id === "analytics");
    const nb = allPurposeTranslations.nb?.analytics?.title;
    for (const tag of ["nb", "nb-NO", "no", "no-NO", "nn"])
      expect(localize(analytics?.title ?? "", tag), tag).toBe(nb);
    expect(localize(analytics?.title ?? "", "pt-BR")).toBe(allPurposeTranslations.pt?.analytics?.title);
    expect(localize(analytics?.title ?? "", "ja")).toBe("Analytics");
  });
});
