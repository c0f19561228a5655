/** `@candor/core/consent/locales`: the default purposes' texts in German, French and Spanish. */
export { localizedPurposes, localizePurposes, type PurposeText, purposeTranslations, } from "./purpose-translations.ts";
