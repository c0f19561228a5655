/**
 * The audit console's "Filter bubble" view of the log: per day, how varied each subject's served categories are,
 * the share outside the categories they were first shown, and exposure by provider (inline SVG and a table).
 */
import { type BubbleDay } from "@candor/core/rerank";
import type { AuditConsoleEntry } from "./audit-entry.ts";
/** The texts of {@link FilterBubbleView}. */
export interface FilterBubbleMessages {
    readonly title: string;
    /** Summary under the charts: `{days}`, `{first}` and `{last}` (mean subject entropy, bits), `{outside}` (last day, %). */
    readonly summary: string;
    readonly entropyChart: string;
    readonly providerChart: string;
    readonly day: string;
    readonly slates: string;
    readonly entropy: string;
    readonly outside: string;
    readonly providerGini: string;
    readonly empty: string;
}
/** The English defaults of {@link FilterBubbleMessages}. */
export declare const filterBubbleMessages: FilterBubbleMessages;
/** Props of {@link FilterBubbleView}. */
export interface FilterBubbleViewProps {
    /** The audit console's entries (one per served item). */
    readonly entries: readonly AuditConsoleEntry[];
    /** Id prefix, unique on the page. */
    readonly id: string;
    readonly messages?: Partial<FilterBubbleMessages>;
    /** Providers named in the exposure chart; the rest are "(other)". Default 5. */
    readonly providers?: number;
    /** UI language for numbers and dates; default `"en"`. */
    readonly locale?: string;
}
/** The timeline of audit-console entries (pure): `bubbleTimeline` over the entries' day buckets. */
export declare function filterBubbleDays(entries: readonly AuditConsoleEntry[], providers?: number): BubbleDay[];
/** Two inline charts and an accessible table; no hooks, so it renders anywhere. */
export declare function FilterBubbleView(props: FilterBubbleViewProps): import("preact").JSX.Element;
