/** The IAB GPP US sections (`usnat`, `usca`) as field values derived from Candor's consent state. */
import { needsConsent } from "../consent/purposes.ts";
import type { ConsentState, DataCategoryId, Purpose } from "../consent/types.ts";
import { isAdvertising, purposesInEffect } from "../internal/signal-purposes.ts";

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
  readonly mspa?: { readonly mode: "opt-out" | "service-provider" };
  /** Data categories per sensitive-data field, replacing the default tables (`USNAT_SENSITIVE`, `USCA_SENSITIVE`). */
  readonly sensitiveData?: {
    readonly usnat?: readonly (readonly DataCategoryId[])[];
    readonly usca?: readonly (readonly DataCategoryId[])[];
  };
}

/** The data categories behind each of the sixteen `usnat` sensitive-data fields, in the specification's order. */
export const USNAT_SENSITIVE: readonly (readonly DataCategoryId[])[] = [
  ["pd:EthnicOrigin", "pd:Race"],
  ["pd:Religion", "pd:PhilosophicalBelief"],
  ["pd:Health"],
  ["pd:Sexuality", "pd:SexualOrientation"],
  ["pd:Citizenship", "pd:ImmigrationStatus"],
  ["pd:Genetic"],
  ["pd:Biometric"],
  ["pd:PreciseLocation"],
  ["pd:OfficialID"],
  ["pd:FinancialAccount"],
  ["pd:TradeUnionMembership"],
  ["pd:Communication"],
  ["pd:Health"],
  ["pd:CrimeVictim"],
  ["pd:NationalOrigin"],
  ["pd:GenderIdentity"],
];

/** The data categories behind each of the nine `usca` sensitive-data fields, in the specification's order. */
export const USCA_SENSITIVE: readonly (readonly DataCategoryId[])[] = [
  ["pd:OfficialID"],
  ["pd:FinancialAccount"],
  ["pd:PreciseLocation"],
  ["pd:EthnicOrigin", "pd:Race", "pd:Religion", "pd:PhilosophicalBelief", "pd:TradeUnionMembership"],
  ["pd:Communication"],
  ["pd:Genetic"],
  ["pd:Biometric"],
  ["pd:Health"],
  ["pd:Sexuality", "pd:SexualOrientation"],
];

/** What both sections are computed from. */
function facts(state: ConsentState, purposes: readonly Purpose[], options: UsSectionOptions) {
  const inEffect = purposesInEffect(state, purposes);
  // A standing choice means the notice at collection was shown (CPRA §7012; opt-in regimes ask with the notice).
  const notice = state.status === "decided";
  const sale = purposes.filter((p) => needsConsent(p) && p.saleOrSharing === true);
  const ads = purposes.filter(isAdvertising);
  const special = purposes.filter((p) => needsConsent(p) && p.special === true);
  const all = (list: readonly Purpose[]) => list.every((p) => inEffect.has(p.id));
  const noticeOf = (list: readonly Purpose[]): GppInt => (list.length === 0 ? 0 : notice ? 1 : 2);
  const optOut = (list: readonly Purpose[]): GppInt => (list.length === 0 || !notice ? 0 : all(list) ? 2 : 1);
  const consent = (list: readonly Purpose[]): GppInt => (notice && list.length > 0 && all(list) ? 2 : 1);
  const sensitive = (categories: readonly DataCategoryId[]) =>
    special.filter((p) => p.dataCategories.some((c) => categories.includes(c)));
  const limited = options.limitSensitive === true;
  const mspa = options.mspa;
  return {
    notice,
    sale,
    ads,
    special,
    noticeOf,
    optOut,
    consent,
    sensitive,
    limited,
    minor: state.minor,
    gpc: state.gpc.detected,
    mspa: {
      MspaCoveredTransaction: mspa ? 1 : 2,
      MspaOptOutOptionMode: mspa ? (mspa.mode === "opt-out" ? 1 : 2) : 0,
      MspaServiceProviderMode: mspa ? (mspa.mode === "service-provider" ? 1 : 2) : 0,
    } as const,
  };
}

/**
 * The `usnat` fields for a consent state. Sale, sharing and targeted advertising read Candor's `saleOrSharing` and
 * advertising purposes (opted out unless every one is in effect; GPC always opts out); notices count as given once a
 * choice stands; sensitive categories read the special-category purposes' data categories (consent only while they
 * are granted and not limited); a known minor's sale/sharing consent fills the 13–16 and 16–17 fields, and under 13
 * is always "no consent" (Candor collects no verifiable parental consent).
 */
export function toUsNat(
  state: ConsentState,
  purposes: readonly Purpose[],
  options: UsSectionOptions = {},
): UsNatFields {
  const f = facts(state, purposes, options);
  const table = options.sensitiveData?.usnat ?? USNAT_SENSITIVE;
  const child: GppInt = f.consent(f.sale);
  return {
    SharingNotice: f.notice ? 1 : 2,
    SaleOptOutNotice: f.noticeOf(f.sale),
    SharingOptOutNotice: f.noticeOf(f.sale),
    TargetedAdvertisingOptOutNotice: f.noticeOf(f.ads),
    SensitiveDataProcessingOptOutNotice: f.noticeOf(f.special),
    SensitiveDataLimitUseNotice: f.noticeOf(f.special),
    SaleOptOut: f.optOut(f.sale),
    SharingOptOut: f.optOut(f.sale),
    TargetedAdvertisingOptOut: f.optOut(f.ads),
    SensitiveDataProcessing: table.map((categories) => {
      const list = f.sensitive(categories);
      if (list.length === 0) return 0;
      return f.limited ? 1 : f.consent(list);
    }),
    KnownChildSensitiveDataConsents: f.minor ? [child, 1, child] : [0, 0, 0],
    PersonalDataConsents: 0,
    ...f.mspa,
    GpcSegmentIncluded: true,
    Gpc: f.gpc,
  };
}

/**
 * The `usca` fields for a consent state: as {@link toUsNat}, with California's sensitive-data semantics (a limit or
 * a missing grant is "opted out", CPRA §7027) and the under-16 consents to sell and to share (Civ. Code §1798.120(c)).
 */
export function toUsCa(
  state: ConsentState,
  purposes: readonly Purpose[],
  options: UsSectionOptions = {},
): UsCaFields {
  const f = facts(state, purposes, options);
  const table = options.sensitiveData?.usca ?? USCA_SENSITIVE;
  const limitNotice = f.noticeOf(f.special);
  const child: GppInt = f.consent(f.sale);
  return {
    SaleOptOutNotice: f.noticeOf(f.sale),
    SharingOptOutNotice: f.noticeOf(f.sale),
    SensitiveDataLimitUseNotice: limitNotice,
    SaleOptOut: f.optOut(f.sale),
    SharingOptOut: f.optOut(f.sale),
    SensitiveDataProcessing: table.map((categories) => {
      const list = f.sensitive(categories);
      if (list.length === 0 || limitNotice !== 1) return 0;
      return f.limited || f.consent(list) !== 2 ? 1 : 2;
    }),
    KnownChildSensitiveDataConsents: f.minor ? [child, child] : [0, 0],
    PersonalDataConsents: 0,
    ...f.mspa,
    GpcSegmentIncluded: true,
    Gpc: f.gpc,
  };
}
