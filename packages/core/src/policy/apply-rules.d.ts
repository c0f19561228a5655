/** Hard filters: apply a rule set to candidate items before re-ranking, and re-check each item after it. */
import type { RuleSet } from "./rule-set.ts";
/** What the rules need of an item; structural, so a shop's product type fits as it is. */
export interface PolicyItem {
    readonly id: string;
    /** Leaf category id, e.g. `"wine-spirits/red-wine"`. */
    readonly category: string;
    /** Category ids from the top level to the leaf. */
    readonly categoryPath?: readonly string[];
    readonly sellerId?: string;
    /** Units in stock; absent means not tracked. */
    readonly stock?: number;
    /** Regions the item ships to; absent means everywhere. */
    readonly regions?: readonly string[];
    /** Minimum buyer age, e.g. 18. */
    readonly ageRestricted?: number;
    /** Special-category tags (`"health"`, …). */
    readonly sensitive?: readonly string[];
    readonly tags?: readonly string[];
}
/** Who asks and where. */
export interface RuleContext {
    /** The shopper's region (`"DE"`, `"US-CA"`), or `null`/absent when unknown. */
    readonly region?: string | null;
    /** A known minor (DSA Art. 28). */
    readonly minor?: boolean;
    /** The shopper's age when known. */
    readonly age?: number;
    readonly surface?: string;
}
/** An item a rule removed, with the rule and its reason. */
export interface FilteredItem<T extends PolicyItem> {
    readonly item: T;
    readonly ruleId: string;
    readonly reason: string;
}
/**
 * Splits items into those every applicable rule keeps and those removed, each with the first rule that removed it.
 * Pure; the order of `kept` is the input order. Age rules implement the shop's duties for age-restricted goods and
 * DSA Art. 28(1); blocks for minors keep harmful or vulnerability-exploiting offers away from them.
 */
export declare function applyRules<T extends PolicyItem>(items: readonly T[], rules: RuleSet, context?: RuleContext): {
    kept: T[];
    filtered: FilteredItem<T>[];
};
/** Whether one item passes every applicable rule: the re-check after re-ranking, so no filtered item reaches a slate. */
export declare function isAllowed(item: PolicyItem, rules: RuleSet, context?: RuleContext): boolean;
