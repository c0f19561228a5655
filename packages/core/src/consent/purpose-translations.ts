/**
 * Translations of the default purposes, kept apart so the core consent entry stays small. German, French and
 * Spanish are built into `@candor/core/consent/locales`; every other language is its own module
 * (`@candor/core/consent/locales/pl`), all of them together in `@candor/core/consent/locales/all`.
 */
import { de } from "./locales/de.ts";
import { es } from "./locales/es.ts";
import { fr } from "./locales/fr.ts";
import { defaultPurposes } from "./purposes.ts";
import type { Purpose, PurposeId } from "./types.ts";

/** Title and description of one purpose in one locale. */
export interface PurposeText {
  readonly title: string;
  readonly description: string;
}

/** The id of one of the default purposes. */
export type DefaultPurposeId = (typeof defaultPurposes)[number]["id"];

/** The texts of every default purpose in one language (the compiler checks none is missing). */
export type DefaultPurposeTexts = Readonly<Record<DefaultPurposeId, PurposeText>>;

/**
 * The id of a data category Candor knows: those of the default purposes and of the policy's catalog (age, genetic
 * data, trade union membership, other special category), e.g. `"pd:Purchase"`.
 */
export type DefaultCategoryId =
  | (typeof defaultPurposes)[number]["dataCategories"][number]
  | "pd:Age"
  | "pd:Genetic"
  | "pd:TradeUnionMembership"
  | "candor:UnclassifiedSpecialCategory";

/** Shopper-facing names of Candor's data categories in one language (GDPR Art. 9(1) wording for special ones). */
export type DataCategoryNames = Readonly<Record<DefaultCategoryId, string>>;

/** Translations of the default purposes: locale → purpose id → texts (German, French and Spanish). */
export const purposeTranslations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>> = {
  de,
  fr,
  es,
};

/** Tags that are read as Norwegian Bokmål: `"no"` (the macrolanguage) and Nynorsk fall back to it. */
const BOKMAL_ALIASES = ["no", "nn"] as const;

/**
 * Adds translations to purposes (by id), keeping their existing texts; the UI and receipts then localize them.
 * Norwegian Bokmål (`nb`) texts are also filed under `no` and `nn`, so `localize(text, "no-NO")` finds them.
 * Unlike {@link localizePurposes} it has no default table, so a bundle with one language holds only that one.
 */
export function translatePurposes(
  purposes: readonly Purpose[],
  translations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>>,
): Purpose[] {
  return purposes.map((purpose) => {
    const title: Record<string, string> =
      typeof purpose.title === "string" ? { en: purpose.title } : { ...purpose.title };
    const description: Record<string, string> =
      typeof purpose.description === "string" ? { en: purpose.description } : { ...purpose.description };
    for (const [locale, texts] of Object.entries(translations)) {
      const text = texts[purpose.id];
      if (!text) continue;
      const keys = locale === "nb" ? [locale, ...BOKMAL_ALIASES] : [locale];
      for (const key of keys) {
        if (key !== locale && Object.hasOwn(translations, key)) continue;
        title[key] = text.title;
        description[key] = text.description;
      }
    }
    return { ...purpose, title, description };
  });
}

/** {@link translatePurposes} with the default purposes and the German, French and Spanish table as defaults. */
export function localizePurposes(
  purposes: readonly Purpose[] = defaultPurposes,
  translations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>> = purposeTranslations,
): Purpose[] {
  return translatePurposes(purposes, translations);
}

/** The default purposes with their English, German, French and Spanish texts. */
export const localizedPurposes: readonly Purpose[] = /* @__PURE__ */ localizePurposes();
