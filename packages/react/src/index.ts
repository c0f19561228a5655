/**
 * `@candor/react`: React components and hooks for Candor, rendering the same view models as `@candor/preact`
 * (`@candor/core/ui/models`); re-exports `@candor/core/consent` and its receipts
 * (`@candor/core/consent/receipts`), and from `@candor/core/ui` what an app needs for the components' texts
 * (languages, getters, `formatMessage`), so apps import one package.
 */
export * from "@candor/core/consent";
export { type ConsentReceipt, type ReceiptPurpose, toConsentReceipt } from "@candor/core/consent/receipts";
export {
  auditTexts,
  bannerTexts,
  bubbleTexts,
  categoryTexts,
  contextTexts,
  feedWidthTexts,
  footerTexts,
  formatDate,
  formatList,
  formatMessage,
  formatNumber,
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
  type UiMessages,
  whyTexts,
} from "@candor/core/ui";
export type { AuditConsoleEntry, AuditVerification, MeasurementData } from "@candor/core/ui/models";
export { downloadText } from "@candor/core/ui/models";
export { AuditConsole, type AuditConsoleProps, type AuditExport } from "./audit-console.tsx";
export { ConsentBanner, type ConsentBannerProps } from "./consent-banner.tsx";
export { type FeedWidthMessages, FeedWidthNote, type FeedWidthNoteProps } from "./feed-width-note.tsx";
export {
  type FilterBubbleMessages,
  FilterBubbleView,
  type FilterBubbleViewProps,
} from "./filter-bubble-view.tsx";
export { MyData, type MyDataProps, type MyDataReceipt } from "./my-data.tsx";
export { PrivacyCenter, type PrivacyCenterProps } from "./privacy-center.tsx";
export { PrivacyFooter, type PrivacyFooterProps } from "./privacy-footer.tsx";
export { PrivacySettings, type PrivacySettingsProps } from "./privacy-settings.tsx";
export {
  RecommendationRow,
  type RecommendationRowItem,
  type RecommendationRowProps,
} from "./recommendation-row.tsx";
export {
  RecommendationSettings,
  type RecommendationSettingsProps,
  type RowSettings,
} from "./recommendation-settings.tsx";
export { SensitiveLimit, type SensitiveLimitProps } from "./sensitive-limit.tsx";
export { useConsent } from "./use-consent.ts";
export { type ReadableStore, useStoreState } from "./use-store-state.ts";
export { WhyAmISeeingThis, type WhyAmISeeingThisProps } from "./why-am-i-seeing-this.tsx";
