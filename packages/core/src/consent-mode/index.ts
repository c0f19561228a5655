/** `@candor/core/consent-mode`: Google Consent Mode v2 from the consent manager's purposes, sent to `gtag`/`dataLayer`. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export {
  connectGoogleConsentMode,
  type GoogleConsentModeConnection,
  type GoogleConsentModeOptions,
  type Gtag,
} from "./connect-google-consent-mode.ts";
export {
  type ConsentModeMapping,
  type ConsentModeSignal,
  type ConsentModeValue,
  type GoogleConsentMode,
  toGoogleConsentMode,
} from "./to-google-consent-mode.ts";
