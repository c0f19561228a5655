import { type Recommendations } from "../eval/evaluate.ts";
import type { Interactions } from "../eval/interactions.ts";
import type { ItemCategories } from "../eval/item-categories.ts";
/** One evaluated run, e.g. the lists re-ranked at one variety level. */
export interface TradeOffRun {
    /** The row's label, e.g. `"none"` or `"0.5"`. */
    readonly label: string;
    /** Ranked lists per dense user index. */
    readonly recommendations: Recommendations;
}
/** Options of {@link tradeOffTable}. */
export interface TradeOffOptions {
    /** Held-out interactions the lists are scored against. */
    readonly test: Interactions;
    /** Training interactions: popularity (long tail) and each user's history mix. */
    readonly train: Interactions;
    /** Item categories (e.g. genres), aligned with the tables' item indexes. */
    readonly categories: ItemCategories;
    /** Cut-off; default 10. */
    readonly k?: number;
    /** How many of a user's largest history categories count as "usual" for the outside share; default 3. */
    readonly topCategories?: number;
}
/** The metrics of one run at k, and their ratios to the first run's. */
export interface TradeOffRow {
    readonly label: string;
    readonly ndcg: number;
    readonly coverage: number;
    /** Calibration KL@k (α = 0.01). */
    readonly calibration: number;
    /** Exposure Gini over items. */
    readonly gini: number;
    /** APLT@k (long tail: outside the head holding 80% of training interactions). */
    readonly aplt: number;
    /** Mean category entropy (bits) of the lists. */
    readonly entropy: number;
    /** Mean share of the lists outside each user's top history categories. */
    readonly outsideShare: number;
    /** Each metric divided by the first run's (NaN where that is 0). */
    readonly relative: {
        readonly ndcg: number;
        readonly coverage: number;
        readonly calibration: number;
        readonly gini: number;
    };
}
/**
 * Scores each run with the eval module (users with a test item) and adds the filter-bubble measure per user;
 * the first run is the baseline of the ratios (pass the run without re-ranking first).
 */
export declare function tradeOffTable(runs: readonly TradeOffRun[], options: TradeOffOptions): TradeOffRow[];
/** The table as Markdown, values to 4 decimals and ratios to the first row in parentheses. */
export declare function formatTradeOffTable(rows: readonly TradeOffRow[], k?: number): string;
