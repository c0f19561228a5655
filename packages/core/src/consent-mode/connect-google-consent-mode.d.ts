/** Keeps Google tags' Consent Mode v2 in step with a consent manager: the default first, an update on every change. */
import type { ConsentManager } from "../consent/consent-manager.ts";
import { type ConsentModeMapping, type GoogleConsentMode } from "./to-google-consent-mode.ts";
/** A `gtag()` function: `gtag("consent", "default", {...})`, `gtag("set", key, value)`. */
export type Gtag = (...args: unknown[]) => void;
/** Options of {@link connectGoogleConsentMode}. Invalid options throw an `AdapterConfigError`. */
export interface GoogleConsentModeOptions {
    /** The `gtag` to call; default `window.gtag`, else the standard one pushing to the data layer (and set as `window.gtag`). */
    readonly gtag?: Gtag;
    /** Name of the data layer array on `window`; default `"dataLayer"` (created when missing). */
    readonly dataLayerName?: string;
    /** Per-signal override of which purposes grant it; signals left out use `defaultConsentModeMapping`. */
    readonly mapping?: ConsentModeMapping;
    /** Milliseconds tags wait for the first update before firing (`wait_for_update`); default 500. */
    readonly waitForUpdate?: number;
    /** Regions the default applies to (ISO 3166-1/2 codes, Google's `region` parameter); default: every region. */
    readonly regions?: readonly string[];
    /** Sets `ads_data_redaction`: ad click identifiers are redacted while `ad_storage` is denied; default `true`. */
    readonly adsDataRedaction?: boolean;
    /** Sets `url_passthrough`: click identifiers pass in link URLs instead of cookies; default `false`. */
    readonly urlPassthrough?: boolean;
    /**
     * Sends `consent default` first; default `true`. Pass `false` when the page switches to another consent manager
     * (the tags have their default already): the new manager's signals are then sent as an update at once.
     */
    readonly sendDefault?: boolean;
    /** The window to work on; default `globalThis`. */
    readonly window?: object;
}
/** What {@link connectGoogleConsentMode} returns. */
export interface GoogleConsentModeConnection {
    /** The signals last sent. */
    current(): GoogleConsentMode;
    /** Stops sending updates (the tags keep the last signals). */
    disconnect(): void;
}
/**
 * Sends `consent default` (every signal a purpose governs denied, `wait_for_update`, optionally per region) at once —
 * call it before any Google tag loads — then `consent update` with the manager's state when a choice stands, and again
 * on every change and withdrawal. The mapping comes from `manager.purposes`.
 */
export declare function connectGoogleConsentMode(manager: ConsentManager, options?: GoogleConsentModeOptions): GoogleConsentModeConnection;
