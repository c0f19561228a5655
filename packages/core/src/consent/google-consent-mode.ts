/** Re-export of `toGoogleConsentMode`, which now lives in `@candor/core/consent-mode` (kept here for compatibility). */
export {
  type ConsentModeValue,
  type GoogleConsentMode,
  toGoogleConsentMode,
} from "../consent-mode/to-google-consent-mode.ts";
