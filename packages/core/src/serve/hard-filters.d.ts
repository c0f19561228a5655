/**
 * Stage 4 (and its re-check after re-ranking): the business rules (stock, region, age, minors' blocks), the
 * shopper's exclusions (bought, dismissed, the cart, the product on screen) and the request's explicit constraints.
 * Rules are static per (region, minor, surface), so they are evaluated once per such context as a bitmap.
 */
import { type RuleContext } from "../policy/apply-rules.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import type { PolicyConsent } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { type KnowledgeConstraints } from "../recommend/knowledge.ts";
import type { Signals } from "../recommend/signals.ts";
/** The filters of one request. */
export interface HardFilters {
    readonly ruleContext: RuleContext;
    /** Whether item `index` may not be a candidate (counted in `filtered`). */
    readonly exclude: (index: number) => boolean;
    /** The re-check after re-ranking: whether an item id may be served. */
    readonly isServable: (id: string) => boolean;
    /** How many items `exclude` removed so far. */
    readonly filtered: () => number;
}
/** A cache of rule bitmaps per rule context, for one catalog and rule set. */
export type RuleBitmaps = Map<string, Uint8Array>;
/** What the filter stage needs of a request. */
export interface FilterInput {
    readonly consent: PolicyConsent;
    readonly surface: string;
    readonly context?: {
        readonly region?: string;
    };
    readonly constraints?: KnowledgeConstraints;
    readonly exclude?: readonly string[];
    readonly anchor?: {
        readonly item: string;
    };
}
/** Builds the request's filters; the region is the consent regime's, else the request context's. */
export declare function hardFilters(request: FilterInput, signals: Signals, catalog: CatalogIndex, rules: RuleSet, cache: RuleBitmaps): HardFilters;
