/** Keeps Google tags' Consent Mode v2 in step with a consent manager: the default first, an update on every change. */

import type { ConsentManager } from "../consent/consent-manager.ts";
import { ConfigError } from "../internal/candor-error.ts";
import { unknownPurpose } from "../internal/signal-purposes.ts";
import {
  CONSENT_MODE_SIGNALS,
  type ConsentModeMapping,
  type GoogleConsentMode,
  toGoogleConsentMode,
} from "./to-google-consent-mode.ts";

/** A `gtag()` function: `gtag("consent", "default", {...})`, `gtag("set", key, value)`. */
export type Gtag = (...args: unknown[]) => void;

/** Options of {@link connectGoogleConsentMode}. Invalid options throw an `ConfigError`. */
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

const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/**
 * Sends `consent default` (every signal a purpose governs denied, `wait_for_update`, optionally per region) at once —
 * call it before any Google tag loads — then `consent update` with the manager's state when a choice stands, and again
 * on every change and withdrawal. The mapping comes from `manager.purposes`.
 */
export function connectGoogleConsentMode(
  manager: ConsentManager,
  options: GoogleConsentModeOptions = {},
): GoogleConsentModeConnection {
  const mapping = checkMapping(manager, options.mapping ?? {});
  const waitForUpdate = options.waitForUpdate ?? 500;
  if (!Number.isInteger(waitForUpdate) || waitForUpdate < 0) {
    throw new ConfigError("waitForUpdate", "must be a whole number of milliseconds, at least 0");
  }
  options.regions?.forEach((region, i) => {
    if (!REGION.test(region)) throw new ConfigError(`regions.${i}`, `"${region}" is not a region code`);
  });
  const gtag = resolveGtag(options);
  const signals = () => toGoogleConsentMode(manager.getState(), manager.purposes, mapping);

  const sendDefault = options.sendDefault ?? true;
  if (sendDefault) {
    if (options.adsDataRedaction ?? true) gtag("set", "ads_data_redaction", true);
    if (options.urlPassthrough === true) gtag("set", "url_passthrough", true);
    // The default is the state before any choice: only the strictly necessary signals are granted.
    const before = { ...manager.getState(), status: "none" as const };
    gtag("consent", "default", {
      ...toGoogleConsentMode(before, manager.purposes, mapping),
      wait_for_update: waitForUpdate,
      ...(options.regions ? { region: [...options.regions] } : {}),
    });
  }
  let last = signals();
  if (!sendDefault || manager.getState().status === "decided") gtag("consent", "update", { ...last });
  const unsubscribe = manager.subscribe(() => {
    last = signals();
    gtag("consent", "update", { ...last });
  });
  return { current: () => last, disconnect: unsubscribe };
}

function checkMapping(manager: ConsentManager, mapping: ConsentModeMapping): ConsentModeMapping {
  for (const [signal, ids] of Object.entries(mapping)) {
    if (!(CONSENT_MODE_SIGNALS as readonly string[]).includes(signal)) {
      throw new ConfigError(`mapping.${signal}`, "is not a Consent Mode v2 signal");
    }
    const unknown = unknownPurpose(ids ?? [], manager.purposes);
    if (unknown !== undefined) {
      throw new ConfigError(`mapping.${signal}`, `names unknown purpose "${unknown}"`);
    }
  }
  return mapping;
}

function resolveGtag(options: GoogleConsentModeOptions): Gtag {
  if (options.gtag) return options.gtag;
  const win = (options.window ?? globalThis) as Record<string, unknown>;
  if (typeof win.gtag === "function") return win.gtag as Gtag;
  const name = options.dataLayerName ?? "dataLayer";
  const existing = win[name];
  const layer: unknown[] = Array.isArray(existing) ? existing : [];
  win[name] = layer;
  const gtag: Gtag = function gtag() {
    // biome-ignore lint/complexity/noArguments: gtag.js reads Arguments objects, not arrays, from the data layer.
    layer.push(arguments);
  };
  win.gtag = gtag;
  return gtag;
}
