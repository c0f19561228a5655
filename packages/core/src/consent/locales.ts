/**
 * `@candor/core/consent/locales`: the default purposes' texts in German, French and Spanish, `translatePurposes`
 * for the other languages (`@candor/core/consent/locales/<lang>`), and BCP 47 matching for the UI.
 */
export {
  localeDirection,
  matchLocale,
  type SupportedLocale,
  supportedLocales,
} from "../internal/locale-match.ts";
export {
  type DataCategoryNames,
  type DefaultCategoryId,
  type DefaultPurposeId,
  type DefaultPurposeTexts,
  localizedPurposes,
  localizePurposes,
  type PurposeText,
  translatePurposes,
} from "./purpose-translations.ts";
