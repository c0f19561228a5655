/** One served item as the timeline reads it (an audit-console entry, or an opened log entry mapped to this). */
export interface BubbleLogRow {
    /** When the slate was served, epoch ms. */
    readonly at: number;
    /** The slate id; rows of one slate share it. */
    readonly slate: string;
    /** The subject's pseudonym, or `null` when the entry's personal body is erased (then only slate measures use it). */
    readonly subject: string | null;
    /** 1-based position in the slate. */
    readonly rank: number;
    readonly category?: string | null;
    readonly provider?: string | null;
}
/** Options of {@link bubbleTimeline}. */
export interface BubbleTimelineOptions {
    /** Width of a bucket, ms; default one day. */
    readonly bucketMs?: number;
    /** How many of a subject's first-day categories make up their starting ones; default 3. */
    readonly topCategories?: number;
    /** Providers listed by name per day (the largest overall); the rest are summed as `"(other)"`. Default 5. */
    readonly providers?: number;
}
/** One bucket of the timeline. */
export interface BubbleDay {
    /** Bucket start, epoch ms. */
    readonly start: number;
    readonly slates: number;
    /** Subjects with a readable pseudonym served in the bucket. */
    readonly subjects: number;
    /** Mean over slates of the slate's category entropy, bits. */
    readonly slateEntropy: number;
    /** Mean over subjects of the entropy of all categories served to them in the bucket, bits; `null` without subjects. */
    readonly subjectEntropy: number | null;
    /**
     * Mean over subjects seen on an earlier day of the share of what they were served outside their starting
     * categories (the top ones of their first day in the log); `null` when no such subject was served.
     */
    readonly outsideShare: number | null;
    /** Gini of position-weighted exposure over the providers served in the bucket. */
    readonly providerGini: number;
    /** Position-weighted exposure share per provider, largest overall first, then `"(other)"`. */
    readonly providers: readonly {
        readonly provider: string;
        readonly share: number;
    }[];
}
/** Builds the per-day filter-bubble timeline of served entries (order does not matter; pure). */
export declare function bubbleTimeline(rows: readonly BubbleLogRow[], options?: BubbleTimelineOptions): BubbleDay[];
