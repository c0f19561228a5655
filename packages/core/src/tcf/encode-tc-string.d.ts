/** TC strings (TCF 2.2) from Candor's consent state, encoded by the official `@iabtechlabtcf/core`. */
import { type GVL, TCModel } from "@iabtechlabtcf/core";
import type { ConsentState, Purpose } from "../consent/types.ts";
import { type TcfMapping } from "./tcf-mapping.ts";
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
export declare function tcfConsents(state: ConsentState, purposes: readonly Purpose[], mapping?: TcfMapping): {
    purposes: number[];
    specialFeatures: number[];
};
/** Validates TC string options against the purposes and the vendor list; throws `AdapterConfigError`. */
export declare function checkTcOptions(options: TcStringOptions, purposes: readonly Purpose[]): void;
/**
 * The TCF model for a consent state: purpose and special-feature consents by the mapping; a vendor of the shop's list
 * gets consent only when every consent purpose and special feature it declares in the GVL is granted; no legitimate
 * interest is ever signalled (Candor never falls back to it). Service-specific, with the disclosed-vendors segment; the consent language is the vendor list's language, and the
 * created/last-updated dates are the day of encoding (the library's day-level UTC stamp).
 */
export declare function toTcModel(state: ConsentState, purposes: readonly Purpose[], options: TcStringOptions): TCModel;
/** The TC string for a consent state (see {@link toTcModel}). */
export declare function encodeTcString(state: ConsentState, purposes: readonly Purpose[], options: TcStringOptions): string;
