/** Which TCF purposes (1–11) and special features (1–2) each Candor purpose grants. */
import type { Purpose, PurposeId } from "../consent/types.ts";
/** The TCF 2.2 purpose ids. */
export declare const TCF_PURPOSES: readonly [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** The TCF special feature ids: 1 precise geolocation, 2 active device scanning. */
export declare const TCF_SPECIAL_FEATURES: readonly [1, 2];
/**
 * Candor purposes per TCF purpose and special feature: a TCF purpose is consented when any listed Candor purpose is in
 * effect. Ids left out use the default mapping (see {@link defaultTcfMapping}); an empty list keeps one refused.
 */
export interface TcfMapping {
    /** Candor purposes per TCF purpose id (1–11). */
    readonly purposes?: {
        readonly [id: number]: readonly PurposeId[];
    };
    /** Candor purposes per TCF special feature id (1–2); none by default. */
    readonly specialFeatures?: {
        readonly [id: number]: readonly PurposeId[];
    };
}
/**
 * The default mapping: advertising purposes grant 1, 2, 7 and 9 (personalised ones also 3 and 4); analytics grants
 * 1, 8, 9 and 10; personalization of the shop grants 1, 5, 6 and 11. No special feature is ever granted by default:
 * precise geolocation and device scanning need a purpose the shop maps to them explicitly.
 */
export declare function defaultTcfMapping(purposes: readonly Purpose[]): Required<TcfMapping>;
