import type { BodyKeyRing } from "./body-key-ring.ts";
import { type CitationReport, type ConsentEventsReport, type WithdrawalReport } from "./report-consent.ts";
import type { Sha256 } from "./sha256.ts";
import type { CommittedEntry, OpenedEntry, OpenedLogEntry, SignedTreeHead } from "./types.ts";
export type { CitationReport, ConsentEventsReport, WithdrawalReport } from "./report-consent.ts";
/** One group's exposure. */
export interface ExposureRow {
    readonly key: string;
    /** Sum over its entries of 1 / log2(rank + 1). */
    readonly exposure: number;
    readonly share: number;
    readonly entries: number;
}
/** Exposure across the groups of one dimension, with its concentration. */
export interface ExposureTable {
    /** Largest exposure first. */
    readonly rows: readonly ExposureRow[];
    readonly total: number;
    /** Gini coefficient of the groups' exposure (0 equal, → 1 concentrated). */
    readonly gini: number;
    /** Herfindahl–Hirschman index of exposure shares, 0–1 (1/n when equal across n groups). */
    readonly hhi: number;
}
/** Diversity of the slates served in one time bucket. */
export interface DiversityRow {
    /** Bucket start, epoch ms. */
    readonly start: number;
    readonly slates: number;
    readonly meanCategoriesPerSlate: number;
    readonly meanProvidersPerSlate: number;
    readonly providerGini: number;
    readonly providerHhi: number;
}
/** Per purpose: what its notice declares and what served entries cited under it (GDPR Art. 5(1)(b), 13(1)(c)). */
export interface PurposeUse {
    readonly purpose: string;
    /** Data categories the logged notices declare for it, or `null` when no logged notice declares the purpose. */
    readonly declared: readonly string[] | null;
    /** Data categories cited by contributions naming the purpose, with how many contributions cited each. */
    readonly used: readonly {
        readonly dataCategory: string;
        readonly contributions: number;
    }[];
    /** Cited but not declared: a finding (should be empty). */
    readonly undeclared: readonly string[];
}
/** Declared vs used, over the notices logged (`appendNotice`) and every served entry. */
export interface DeclaredVsUsed {
    readonly notices: readonly {
        readonly id: string;
        readonly version: string;
        readonly hash: string;
    }[];
    readonly purposes: readonly PurposeUse[];
    /** Contributions with personal evidence that record no purposes (entries logged before purposes were recorded). */
    readonly withoutPurposes: number;
}
/** How the log was checked before the report was built (set by the caller). */
export interface ReportVerification {
    readonly status: "verified" | "unverified";
    readonly size: number;
    readonly signedSize: number;
    readonly latestHead: SignedTreeHead | null;
    readonly trustedHeads: number;
}
/** The report. */
export interface LogReport {
    readonly schema: "candor.audit-report/2";
    readonly verification: ReportVerification | null;
    /** Whether the shop's key ring was at hand (bodies opened); without it, subject-level measures are `null`. */
    readonly keys: boolean;
    /** Served entries. */
    readonly entries: number;
    readonly slates: number;
    /** First and last serve time, epoch ms; `null` for no served entries. */
    readonly from: number | null;
    readonly to: number | null;
    readonly exposure: {
        readonly provider: ExposureTable;
        readonly category: ExposureTable;
        readonly surface: ExposureTable;
    };
    readonly diversity: readonly DiversityRow[];
    /** Share of slates served in `non_profiling` mode. */
    readonly nonPersonalizedShare: number;
    /** Personalized slates with an entry whose consent was not `valid`: should be zero. */
    readonly personalizedWithoutConsent: {
        readonly slates: number;
        readonly slateIds: readonly string[];
    };
    readonly explanationKinds: readonly {
        readonly templateId: string;
        readonly entries: number;
        readonly share: number;
    }[];
    readonly consentEvents: ConsentEventsReport;
    /** Withdrawals, re-consents and late withdrawals; `null` without the key ring. */
    readonly withdrawal: WithdrawalReport | null;
    /** Served entries checked against the consent events they cite; `null` without the key ring. */
    readonly citations: CitationReport | null;
    readonly declaredVsUsed: DeclaredVsUsed;
    /** Entries (served and consent) whose bodies are crypto-shredded; `null` without the key ring, which alone can show it. */
    readonly erasedEntries: number | null;
    /** Drift events given to the report, or `null` when no drift monitoring was reported. */
    readonly drift: readonly ReportedDrift[] | null;
}
/** A drift event as the measure module reports it (`@candor/core/measure`), for the audit report. */
export interface ReportedDrift {
    readonly source: string;
    readonly at: number;
    readonly metric: string;
    readonly arm: string | null;
    readonly baseline: number;
    readonly observed: number;
    readonly threshold: number;
}
/** Options of {@link reportLog} and {@link createReportBuilder}. */
export interface ReportOptions {
    /** Drift events from the drift monitors (online and offline checks); the report says whether any fired. */
    readonly drift?: readonly ReportedDrift[];
    /** Width of the diversity buckets, ms; default one day. */
    readonly bucketMs?: number;
    /** At most this many slate ids are listed per finding; default 20. */
    readonly listLimit?: number;
    /** Whether bodies could be opened; default: unless some entry is `sealed`. */
    readonly keys?: boolean;
    /** How the log was verified, to state in the report; default none. */
    readonly verification?: ReportVerification;
    /** Slates still open when this many newer ones were seen are closed (a slate is one append); default 10,000. */
    readonly openSlates?: number;
    /**
     * The shop's key ring, to check served entries' consent citations by their tags (`legalBasis.citation`) without
     * opening their bodies; default none (citations are then read from opened bodies).
     */
    readonly keyRing?: BodyKeyRing | null;
    /** Synchronous SHA-256 for citation tags; default the portable one (Node may pass `nodeSha256`). */
    readonly hash?: Sha256;
}
/** A streaming report: add entries in index order, then finish. */
export interface ReportBuilder {
    /** Whether the report needs the body of `entry` (of the subject with key `keyRef`); readers may skip the others. */
    needsBody(entry: CommittedEntry, keyRef: string): boolean;
    add(entry: OpenedLogEntry): void;
    finish(): LogReport;
}
/** Position weight of a 1-based rank: 1 / log2(rank + 1), as in DCG. */
export declare function positionWeight(rank: number): number;
/** Herfindahl–Hirschman index of shares summing to 1. */
export declare function hhi(shares: readonly number[]): number;
/** Exposure of each group of served `entries` with Gini and HHI. */
export declare function exposureTable(entries: readonly OpenedEntry[], groupOf: (entry: OpenedEntry) => string): ExposureTable;
/** Whether an opened entry is a served one (entries written before kinds existed have none). */
export declare function isServedEntry(entry: OpenedLogEntry): entry is OpenedEntry;
/** Creates a streaming report builder. */
export declare function createReportBuilder(options?: ReportOptions): ReportBuilder;
/** Builds the report from opened entries, in index order (any kind; notices and consent entries feed their sections). */
export declare function reportLog(entries: readonly OpenedLogEntry[], options?: ReportOptions): LogReport;
