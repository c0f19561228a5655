/** TC strings (TCF 2.2) from Candor's consent state, encoded by the official `@iabtechlabtcf/core`. */

import { type GVL, TCModel, TCString } from "@iabtechlabtcf/core";
import { needsConsent } from "../consent/purposes.ts";
import type { ConsentState, Purpose } from "../consent/types.ts";
import { ConfigError } from "../internal/candor-error.ts";
import { purposesInEffect, unknownPurpose } from "../internal/signal-purposes.ts";
import { defaultTcfMapping, TCF_PURPOSES, TCF_SPECIAL_FEATURES, type TcfMapping } from "./tcf-mapping.ts";

/** What a TC string needs besides the consent state. */
export interface TcStringOptions {
  /** The CMP id IAB Europe registered for the shop's CMP (2–4095). */
  readonly cmpId: number;
  /** The version of the shop's CMP integration; default 1. */
  readonly cmpVersion?: number;
  /** The Global Vendor List in force, from `loadVendorList` (a file the shop serves; never fetched). */
  readonly vendorList: GVL;
  /** The GVL ids of the vendors the shop works with and discloses to the shopper. */
  readonly vendors: readonly number[];
  /** The shop's country (ISO 3166-1 alpha-2), the publisher country code. */
  readonly publisherCountryCode: string;
  /** The screen of the CMP UI where consent was given; default 1. */
  readonly consentScreen?: number;
  /** Overrides of the Candor → TCF mapping. */
  readonly mapping?: TcfMapping;
}

/** The TCF purposes and special features that the consent state grants, by the mapping. */
export function tcfConsents(
  state: ConsentState,
  purposes: readonly Purpose[],
  mapping: TcfMapping = {},
): { purposes: number[]; specialFeatures: number[] } {
  const inEffect = purposesInEffect(state, purposes);
  const defaults = defaultTcfMapping(purposes);
  const granted = (list: readonly string[] | undefined) => (list ?? []).some((id) => inEffect.has(id));
  return {
    purposes: TCF_PURPOSES.filter((id) => granted(mapping.purposes?.[id] ?? defaults.purposes[id])),
    specialFeatures: TCF_SPECIAL_FEATURES.filter((id) =>
      granted(mapping.specialFeatures?.[id] ?? defaults.specialFeatures[id]),
    ),
  };
}

/** Validates TC string options against the purposes and the vendor list; throws `ConfigError`. */
export function checkTcOptions(options: TcStringOptions, purposes: readonly Purpose[]): void {
  const { cmpId, cmpVersion = 1 } = options;
  if (!Number.isInteger(cmpId) || cmpId < 2 || cmpId > 4095) {
    throw new ConfigError("cmpId", "must be the CMP id IAB Europe registered, a whole number from 2 to 4095");
  }
  if (!Number.isInteger(cmpVersion) || cmpVersion < 0) {
    throw new ConfigError("cmpVersion", "must be a whole number, at least 0");
  }
  if (!/^[A-Z]{2}$/.test(options.publisherCountryCode)) {
    throw new ConfigError("publisherCountryCode", "must be two capital letters (ISO 3166-1 alpha-2)");
  }
  options.vendors.forEach((id, i) => {
    const vendor = options.vendorList.getJson().vendors[id];
    const version = String(options.vendorList.vendorListVersion);
    if (!vendor) throw new ConfigError(`vendors.${i}`, `vendor ${id} is not in vendor list ${version}`);
    if (vendor.deletedDate) {
      throw new ConfigError(
        `vendors.${i}`,
        `vendor ${id} was deleted from the vendor list on ${vendor.deletedDate}`,
      );
    }
  });
  const consentPurposes = purposes.filter(needsConsent);
  for (const [kind, table] of Object.entries(options.mapping ?? {})) {
    for (const [id, list] of Object.entries(table as Record<string, readonly string[]>)) {
      const unknown = unknownPurpose(list, consentPurposes);
      if (unknown !== undefined) {
        throw new ConfigError(`mapping.${kind}.${id}`, `names unknown or non-consent purpose "${unknown}"`);
      }
    }
  }
}

/**
 * The TCF model for a consent state: purpose and special-feature consents by the mapping; a vendor of the shop's list
 * gets consent only when every consent purpose and special feature it declares in the GVL is granted; no legitimate
 * interest is ever signalled (Candor never falls back to it). Service-specific, with the disclosed-vendors segment; the consent language is the vendor list's language, and the
 * created/last-updated dates are the day of encoding (the library's day-level UTC stamp).
 */
export function toTcModel(
  state: ConsentState,
  purposes: readonly Purpose[],
  options: TcStringOptions,
): TCModel {
  const model = new TCModel(options.vendorList);
  model.cmpId = options.cmpId;
  model.cmpVersion = options.cmpVersion ?? 1;
  model.consentScreen = options.consentScreen ?? 1;
  model.publisherCountryCode = options.publisherCountryCode;
  model.isServiceSpecific = true;
  const { purposes: granted, specialFeatures } = tcfConsents(state, purposes, options.mapping);
  model.purposeConsents.set(granted);
  model.publisherConsents.set(granted);
  model.specialFeatureOptins.set(specialFeatures);
  model.vendorsDisclosed.set([...options.vendors]);
  const consentedVendors = options.vendors.filter((id) => {
    const vendor = options.vendorList.vendors[id];
    if (!vendor || vendor.deletedDate) return false;
    return (
      vendor.purposes.length > 0 &&
      vendor.purposes.every((p) => granted.includes(p)) &&
      vendor.specialFeatures.every((f) => specialFeatures.includes(f))
    );
  });
  model.vendorConsents.set(consentedVendors);
  return model;
}

/** The TC string for a consent state (see {@link toTcModel}). */
export function encodeTcString(
  state: ConsentState,
  purposes: readonly Purpose[],
  options: TcStringOptions,
): string {
  return TCString.encode(toTcModel(state, purposes, options));
}
