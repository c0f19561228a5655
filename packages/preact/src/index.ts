/** `@candor/preact`: Preact components and hooks for Candor; re-exports `@candor/core/consent` so apps import one package. */
export * from "@candor/core/consent";
export { ConsentBanner, type ConsentBannerProps } from "./consent-banner.tsx";
export { type Messages, messages, messagesFor } from "./messages.ts";
export { PrivacyFooter, type PrivacyFooterProps } from "./privacy-footer.tsx";
export { PrivacySettings, type PrivacySettingsProps } from "./privacy-settings.tsx";
export { useConsent } from "./use-consent.ts";
export { useSyncExternalStore } from "./use-store.ts";
