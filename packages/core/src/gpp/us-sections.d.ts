import type { ConsentState, DataCategoryId, Purpose } from "../consent/types.ts";
/** A 2-bit GPP value: 0 not applicable, 1 and 2 as the field defines (opted out / did not, yes / no, no consent / consent). */
export type GppInt = 0 | 1 | 2;
/** The `usnat` core and GPC fields (MSPA US National section, version 2). */
export interface UsNatFields {
    readonly SharingNotice: GppInt;
    readonly SaleOptOutNotice: GppInt;
    readonly SharingOptOutNotice: GppInt;
    readonly TargetedAdvertisingOptOutNotice: GppInt;
    readonly SensitiveDataProcessingOptOutNotice: GppInt;
    readonly SensitiveDataLimitUseNotice: GppInt;
    readonly SaleOptOut: GppInt;
    readonly SharingOptOut: GppInt;
    readonly TargetedAdvertisingOptOut: GppInt;
    /** Sixteen sensitive-data categories: 0 not processed, 1 no consent, 2 consent. */
    readonly SensitiveDataProcessing: readonly GppInt[];
    /** Known child, ages 13–16, under 13, 16–17: 0 not a known child, 1 no consent, 2 consent. */
    readonly KnownChildSensitiveDataConsents: readonly GppInt[];
    readonly PersonalDataConsents: GppInt;
    readonly MspaCoveredTransaction: 1 | 2;
    readonly MspaOptOutOptionMode: GppInt;
    readonly MspaServiceProviderMode: GppInt;
    readonly GpcSegmentIncluded: boolean;
    readonly Gpc: boolean;
}
/** The `usca` core and GPC fields (California section). */
export interface UsCaFields {
    readonly SaleOptOutNotice: GppInt;
    readonly SharingOptOutNotice: GppInt;
    readonly SensitiveDataLimitUseNotice: GppInt;
    readonly SaleOptOut: GppInt;
    readonly SharingOptOut: GppInt;
    /** Nine sensitive-data categories: 0 no limit notice or not processed, 1 opted out (limited), 2 did not opt out. */
    readonly SensitiveDataProcessing: readonly GppInt[];
    /** Consent to sell, to share, for a consumer under 16: 0 not a known child, 1 no consent, 2 consent. */
    readonly KnownChildSensitiveDataConsents: readonly GppInt[];
    readonly PersonalDataConsents: GppInt;
    readonly MspaCoveredTransaction: 1 | 2;
    readonly MspaOptOutOptionMode: GppInt;
    readonly MspaServiceProviderMode: GppInt;
    readonly GpcSegmentIncluded: boolean;
    readonly Gpc: boolean;
}
/** Options shared by the section builders and `connectGpp`. */
export interface UsSectionOptions {
    /** The shopper asked to limit the use of sensitive personal information (CPRA §7027); default `false`. */
    readonly limitSensitive?: boolean;
    /** The shop signed the IAB MSPA and this is a covered transaction, in one of its modes; default: not covered. */
    readonly mspa?: {
        readonly mode: "opt-out" | "service-provider";
    };
    /** Data categories per sensitive-data field, replacing the default tables (`USNAT_SENSITIVE`, `USCA_SENSITIVE`). */
    readonly sensitiveData?: {
        readonly usnat?: readonly (readonly DataCategoryId[])[];
        readonly usca?: readonly (readonly DataCategoryId[])[];
    };
}
/** The data categories behind each of the sixteen `usnat` sensitive-data fields, in the specification's order. */
export declare const USNAT_SENSITIVE: readonly (readonly DataCategoryId[])[];
/** The data categories behind each of the nine `usca` sensitive-data fields, in the specification's order. */
export declare const USCA_SENSITIVE: readonly (readonly DataCategoryId[])[];
/**
 * The `usnat` fields for a consent state. Sale, sharing and targeted advertising read Candor's `saleOrSharing` and
 * advertising purposes (opted out unless every one is in effect; GPC always opts out); notices count as given once a
 * choice stands; sensitive categories read the special-category purposes' data categories (consent only while they
 * are granted and not limited); a known minor's sale/sharing consent fills the 13–16 and 16–17 fields, and under 13
 * is always "no consent" (Candor collects no verifiable parental consent).
 */
export declare function toUsNat(state: ConsentState, purposes: readonly Purpose[], options?: UsSectionOptions): UsNatFields;
/**
 * The `usca` fields for a consent state: as {@link toUsNat}, with California's sensitive-data semantics (a limit or
 * a missing grant is "opted out", CPRA §7027) and the under-16 consents to sell and to share (Civ. Code §1798.120(c)).
 */
export declare function toUsCa(state: ConsentState, purposes: readonly Purpose[], options?: UsSectionOptions): UsCaFields;
