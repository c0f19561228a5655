/** "Why not?": why an item the shopper names is not in a slate, in plain words. */
/** One structured reason an item is not shown (from `recommender.whyNot`). */
export type WhyNotReason = {
    readonly kind: "shown";
    readonly rank: number;
} | {
    readonly kind: "unknown-item";
} | {
    readonly kind: "filtered";
    readonly ruleId: string;
    readonly reason: string;
} | {
    readonly kind: "bought";
} | {
    readonly kind: "not-interested";
} | {
    readonly kind: "excluded";
} | {
    readonly kind: "constraint";
} | {
    readonly kind: "outranked";
    readonly score: number;
    readonly cutoff: number;
    readonly by: string;
} | {
    readonly kind: "data-not-allowed";
    readonly categories: readonly string[];
};
/** Renders structured "why not" reasons in a locale (en, de, fr, es; others fall back to English). */
export declare function explainWhyNot(reasons: readonly WhyNotReason[], options?: {
    readonly locale?: string;
    readonly titleOf?: (item: string) => string | undefined;
}): string[];
