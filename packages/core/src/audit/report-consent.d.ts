import { type Sha256 } from "./sha256.ts";
import type { OpenedConsentEntry, OpenedEntry } from "./types.ts";
/** The time from withdrawals to their effect, and how re-consents were told apart from late withdrawals. */
export interface WithdrawalReport {
    /** `consent-entries`: from the consent events in the log; `bodies`: from `withdrawnAt` in served bodies (older logs). */
    readonly source: "consent-entries" | "bodies" | "both";
    /** Withdrawal events. */
    readonly withdrawals: number;
    /** Withdrawn purposes granted again later by the subject: not late withdrawals. */
    readonly reConsents: number;
    /** Withdrawals followed by a personalized serve resting on a withdrawn purpose (before any re-consent). */
    readonly late: number;
    readonly lateEntries: number;
    /** Per withdrawal, the last late serve minus the withdrawal (0 when none followed). */
    readonly delayMs: {
        readonly median: number;
        readonly max: number;
    } | null;
}
/** How served entries cite their consent events (needs the key ring: citations are sealed). */
export interface CitationReport {
    /** Personalized entries whose body was read. */
    readonly checked: number;
    /** Cite the subject's consent event in force, which grants every purpose they rest on. */
    readonly matched: number;
    /** Cite an older event of the subject than the one in force. */
    readonly stale: number;
    /** Cite an event that is not in the log. */
    readonly unknown: number;
    /** Cite no event. */
    readonly missing: number;
    /** Cite an event by id only, without its hash (a consent record without hashed events). */
    readonly unhashed: number;
    /** Cite an event that does not grant a purpose they rest on. */
    readonly notGranted: number;
    /** Personalized entries whose body could not be read (erased, unreadable). */
    readonly unverifiable: number;
}
/** Consent events in the log. */
export interface ConsentEventsReport {
    readonly entries: number;
    readonly byType: Readonly<Record<string, number>>;
    /** Subjects with consent entries, `null` without the key ring. */
    readonly subjects: number | null;
}
/** A streaming accumulator of the consent measures. */
export interface ConsentAnalysis {
    /** Whether the analysis needs the body of an entry of the subject with key `keyRef`. */
    needsBody(entry: {
        readonly kind?: string;
        readonly mode?: string;
    }, keyRef: string): boolean;
    consent(entry: OpenedConsentEntry): void;
    served(entry: OpenedEntry): void;
    finish(keys: boolean): {
        readonly events: ConsentEventsReport;
        readonly withdrawal: WithdrawalReport | null;
        readonly citations: CitationReport | null;
    };
}
/** The purposes a served entry rests on: its contributions' purposes where recorded, else its legal basis. */
export declare function purposesOf(entry: OpenedEntry["entry"]): readonly string[];
/** Options of {@link createConsentAnalysis}. */
export interface ConsentAnalysisOptions {
    /** The secret of the subject key `keyRef` (from the key ring), to check citation tags without opening bodies. */
    readonly secretOf?: (keyRef: string) => Uint8Array | null;
    /** Synchronous SHA-256 for the tags; default the portable one. */
    readonly hash?: Sha256;
}
/** Creates the accumulator. */
export declare function createConsentAnalysis(options?: ConsentAnalysisOptions): ConsentAnalysis;
