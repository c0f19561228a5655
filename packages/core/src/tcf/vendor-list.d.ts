/** The IAB Global Vendor List a shop supplies (a file it downloads and serves itself; Candor never fetches one). */
import { GVL } from "@iabtechlabtcf/core";
/**
 * Checks a Global Vendor List (GVL specification 2 or 3, TCF policy version 4 or later, i.e. TCF 2.2/2.3) and wraps
 * it in the official `GVL` class without any network access. `language` (ISO 639-1, default `"en"`) is the language
 * the shopper was asked in and becomes the TC string's consent language; pass the GVL translation of that language.
 * Throws `AdapterConfigError` naming the bad field.
 */
export declare function loadVendorList(json: unknown, options?: {
    readonly language?: string;
}): GVL;
