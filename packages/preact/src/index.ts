/**
 * `@candor/preact`: Preact components and hooks for Candor; re-exports `@candor/core/consent` and its receipts
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
export {
  AuditConsole,
  type AuditConsoleProps,
  type AuditExport,
  filterEntries,
} from "./audit-console.tsx";
export type { AuditConsoleEntry, AuditVerification } from "./audit-entry.ts";
export { ConsentBanner, type ConsentBannerProps } from "./consent-banner.tsx";
export { categoriesPerSlate, DiversityChart, type DiversityChartProps } from "./diversity-chart.tsx";
export { downloadText } from "./download.ts";
export { DriftChart, type DriftChartProps } from "./drift-chart.tsx";
export { ExposureChart, type ExposureChartProps, exposureByGroup } from "./exposure-chart.tsx";
export { type FeedWidthMessages, FeedWidthNote, type FeedWidthNoteProps } from "./feed-width-note.tsx";
export {
  type FilterBubbleMessages,
  FilterBubbleView,
  type FilterBubbleViewProps,
  filterBubbleDays,
} from "./filter-bubble-view.tsx";
export { LiftChart, type LiftChartProps } from "./lift-chart.tsx";
export {
  type MeasurementData,
  MeasurementPanel,
  type MeasurementPanelProps,
  measurementSummary,
} from "./measurement-panel.tsx";
export { MyData, type MyDataProps, type MyDataReceipt } from "./my-data.tsx";
export { PrivacyCenter, type PrivacyCenterProps } from "./privacy-center.tsx";
export { PrivacyFooter, type PrivacyFooterProps } from "./privacy-footer.tsx";
export { PrivacySettings, type PrivacySettingsProps } from "./privacy-settings.tsx";
export { reasonText, regionName } from "./reason-text.ts";
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
export { TabList, type TabListProps } from "./tab-list.tsx";
export { useConsent } from "./use-consent.ts";
export { useSyncExternalStore } from "./use-store.ts";
export { type ReadableStore, useStoreState } from "./use-store-state.ts";
export { WhyAmISeeingThis, type WhyAmISeeingThisProps } from "./why-am-i-seeing-this.tsx";
