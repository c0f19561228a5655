/**
 * Auditor queries over opened log entries (`candor audit query`): by kind, subject (pseudonym or key), surface, time,
 * mode, consent, provider. {@link matchesQuery} tests one entry, so a query streams with constant memory.
 */
import type { ConsentStatus, LogMode, OpenedLogEntry } from "./types.ts";
/** The kinds of entries. */
export type EntryKind = "served" | "consent" | "notice";
/** A filter; every given field must match (an array matches any of its values). */
export interface LogQuery {
    /** Kinds of entries; default `"served"`. Served-only fields never match consent or notice entries. */
    readonly kind?: EntryKind | readonly EntryKind[];
    /** Subject pseudonyms as sealed in bodies; erased and sealed entries never match. */
    readonly subject?: string | readonly string[];
    /** Subject keys (`keyRef`, from the shop's key ring); erased and sealed entries never match. */
    readonly keyRef?: string | readonly string[];
    readonly surface?: string | readonly string[];
    /** Served (or, for consent entries, given) at or after, epoch ms. */
    readonly from?: number;
    /** …before, epoch ms. */
    readonly to?: number;
    readonly mode?: LogMode;
    readonly consent?: ConsentStatus | readonly ConsentStatus[];
    /** The consent state's hash; erased entries never match. */
    readonly consentStateHash?: string;
    readonly provider?: string | readonly string[];
    readonly item?: string | readonly string[];
    readonly slateId?: string | readonly string[];
    readonly templateId?: string | readonly string[];
}
/** The kind of an entry (entries written before kinds existed are served ones). */
export declare function kindOf(entry: OpenedLogEntry): EntryKind;
/** A compiled query: whether one entry matches. */
export declare function matchesQuery(query: LogQuery): (entry: OpenedLogEntry) => boolean;
/** The entries matching `query`, in index order. */
export declare function queryLog<T extends OpenedLogEntry>(entries: readonly T[], query: LogQuery): T[];
