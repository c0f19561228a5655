/**
 * `@candor/core/ui/models`: the components' logic without a framework. Each model derives a component's state,
 * labels and event handlers from core's stores and managers and a texts object passed in (a group of
 * `@candor/core/ui`, e.g. `bannerTexts(locale)`); `@candor/preact` and `@candor/react` only render what a model
 * returns, so no logic is written twice.
 */

export {
  categoriesPerSlate,
  type DiversityChartView,
  diversityChartView,
  type ExposureChartView,
  exposureByGroup,
  exposureChartView,
} from "./audit-charts.ts";
export {
  type AuditConsoleModel,
  type AuditConsoleOptions,
  type AuditConsoleState,
  type AuditConsoleView,
  type AuditFilters,
  type AuditRowView,
  type AuditTab,
  auditConsoleView,
  consoleEntriesToCsv,
  createAuditConsoleModel,
  filterEntries,
  type MeasureState,
  tabKeyTarget,
  type VerifyState,
} from "./audit-console.ts";
export type { AuditConsoleEntry, AuditVerification } from "./audit-entry.ts";
export {
  type BannerEpisode,
  type ConsentBannerModel,
  type ConsentBannerModelOptions,
  type ConsentBannerView,
  createConsentBannerModel,
  reserveBannerSpace,
  restoreFocusAfterBanner,
} from "./consent-banner.ts";
export { downloadText } from "./download.ts";
export {
  type FeedWidthInput,
  type FeedWidthMessages,
  feedWidthText,
} from "./feed-width-note.ts";
export {
  BUBBLE_COLORS,
  type BubbleAxes,
  type FilterBubbleMessages,
  type FilterBubbleView,
  filterBubbleDays,
  filterBubbleView,
} from "./filter-bubble.ts";
export {
  type DriftChartView,
  driftChartView,
  type LiftChartView,
  liftChartView,
  type MeasurementData,
  type MeasurementView,
  measurementSummaryText,
  measurementView,
} from "./measurement.ts";
export {
  createMyDataModel,
  type MyDataModel,
  type MyDataOptions,
  type MyDataReceipt,
  type MyDataState,
  type MyDataStatus,
  myDataStatusText,
  type ReceiptFactsView,
  receiptFactsView,
  type StoredDataView,
  storedDataView,
} from "./my-data.ts";
export {
  type ParameterView,
  type PrivacyCenterView,
  privacyCenterView,
} from "./privacy-center.ts";
export { type PrivacyFooterView, privacyFooterView } from "./privacy-footer.ts";
export {
  type ConsentDraft,
  initialDraft,
  type PrivacySettingsView,
  type PurposeSwitchView,
  privacySettingsView,
} from "./privacy-settings.ts";
export { contextReasonText, regionDisplayName } from "./reason-text.ts";
export {
  type RecommendationRowView,
  type RowSettings,
  type RowSettingsView,
  recommendationRowView,
  rowSettingsView,
  runRowControl,
  varietyPercent,
} from "./recommendation-row.ts";
export { type SensitiveLimitView, sensitiveLimitView } from "./sensitive-limit.ts";
export {
  type ReasonView,
  type WhyView,
  type WhyViewOptions,
  whyView,
} from "./why-am-i-seeing-this.ts";
