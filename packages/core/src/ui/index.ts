/**
 * `@candor/core/ui`: the texts of Candor's UI components, one group per component and one module per language
 * (`@candor/core/ui/locales/<lang>`), with getters that fall back to English, `loadUiMessages` (one chunk per
 * language) and `formatMessage` (placeholders, numbers, dates and plurals through `Intl`). Framework-free: the
 * Preact and React bindings render them.
 */
export { localeDirection, matchLocale } from "../internal/locale-match.ts";
export {
  formatDate,
  formatList,
  formatMessage,
  formatNumber,
  type MessageValue,
  placeholdersOf,
} from "./format.ts";
export {
  auditTexts,
  bannerTexts,
  bubbleTexts,
  categoryTexts,
  contextTexts,
  feedWidthTexts,
  footerTexts,
  type Localized,
  loadableUiLanguages,
  loadUiMessages,
  measureTexts,
  myDataTexts,
  privacyTexts,
  registeredUiLanguages,
  registerUiMessages,
  rowTexts,
  sensitiveTexts,
  settingsTexts,
  type TextsLanguage,
  whyTexts,
} from "./registry.ts";
export type {
  AuditTexts,
  BannerTexts,
  BubbleTexts,
  CategoryTexts,
  ContextTexts,
  FeedWidthTexts,
  FooterTexts,
  MeasureTexts,
  MyDataTexts,
  PrivacyTexts,
  RowTexts,
  SensitiveTexts,
  SettingsTexts,
  TextTable,
  UiGroup,
  UiMessages,
  WhyTexts,
} from "./texts.ts";
