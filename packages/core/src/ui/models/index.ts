/**
 * `@candor/core/ui/models`: the components' logic without a framework. Each model derives a component's state,
 * labels and event handlers from core's stores and managers and a texts object passed in; `@candor/preact` and
 * `@candor/react` only render what a model returns, so no logic is written twice.
 */
export {
  type BannerEpisode,
  type ConsentBannerModel,
  type ConsentBannerModelOptions,
  type ConsentBannerTexts,
  type ConsentBannerView,
  createConsentBannerModel,
  doNotSellOrShare,
  focusMain,
  reserveBannerSpace,
  restoreFocusAfterBanner,
} from "./consent-banner.ts";
export { downloadText, jsonDocument } from "./download.ts";
export { formatMessage } from "./format-message.ts";
export { type PrivacyFooterTexts, type PrivacyFooterView, privacyFooterView } from "./privacy-footer.ts";
export {
  type ConsentDraft,
  initialDraft,
  type PrivacySettingsTexts,
  type PrivacySettingsView,
  type PurposeSwitchView,
  privacySettingsView,
  purposeDomId,
} from "./privacy-settings.ts";
export { type SensitiveLimitTexts, type SensitiveLimitView, sensitiveLimitView } from "./sensitive-limit.ts";
