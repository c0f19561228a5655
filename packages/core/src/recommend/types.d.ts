/** Shared types of the recommender: catalog items, score contributions, candidates and slates. */
import type { DataCategoryId, PurposeId } from "../consent/types.ts";
/** A catalog item as the recommender, re-rankers and rules see it (structural: the sample shop's Product fits). */
export interface CatalogItem {
    readonly id: string;
    readonly title?: string;
    /** Leaf category id, e.g. `"outdoor/camping"`. */
    readonly category: string;
    /** Category ids from the top level down, e.g. `["outdoor", "outdoor/camping"]`. */
    readonly categoryPath?: readonly string[];
    readonly brand?: string;
    readonly price?: number;
    readonly priceBand?: string;
    /** The seller or provider, for provider fairness and exposure reports. */
    readonly sellerId?: string;
    readonly tags?: readonly string[];
    readonly stock?: number;
    readonly regions?: readonly string[];
    readonly ageRestricted?: number;
    /** Special categories the item reveals (GDPR Art. 9); such items are never cited in explanations. */
    readonly sensitive?: readonly string[];
}
/** Which scorer produced a contribution. */
export type ScorerId = "item-knn" | "ease" | "content" | "popularity" | "context" | "session" | "editorial" | "search" | (string & {});
/** The evidence behind a contribution: the shopper's item or search, a context value, or nothing personal. */
export type Evidence = 
/** A shopper's own interaction with an item (a view, a purchase …) from the signal view, or the product on screen. */
{
    readonly kind: "item";
    readonly item: string;
    /** The vault event id, so a shopper can say "don't use this"; absent for the product on screen. */
    readonly event?: string;
    /** The data category the event belongs to, e.g. `"pd:Purchase"`; `"candor:CurrentProduct"` for the product on screen. */
    readonly dataCategory: DataCategoryId;
    /** Special-category evidence (GDPR Art. 9): a signal only, never cited in an explanation. */
    readonly special?: boolean;
}
/** One of the shopper's own searches (`pd:SearchHistory`). */
 | {
    readonly kind: "search";
    readonly query: string;
    readonly event?: string;
    readonly dataCategory: DataCategoryId;
    /** The search revealed a special category (GDPR Art. 9): a signal only, never quoted. */
    readonly special?: boolean;
}
/** A context signal such as device or time of day. */
 | {
    readonly kind: "context";
    readonly name: string;
    readonly value: string;
    readonly dataCategory: DataCategoryId;
}
/** A non-personal signal: popularity, trend, editorial choice. */
 | {
    readonly kind: "global";
    readonly name: string;
};
/**
 * One term of a score: scorer × evidence × blend weight. A score is exactly the sum of its contributions, by
 * construction: the serving pipeline computes it as that sum.
 */
export interface Contribution {
    readonly scorer: ScorerId;
    readonly evidence: Evidence;
    /** The scorer's own value for this evidence, before the blend weight. */
    readonly raw: number;
    /** The blend weight applied. */
    readonly weight: number;
    /** `raw × weight`: what this term adds to the score. */
    readonly amount: number;
    /**
     * The purposes this term rests on (GDPR Art. 5(1)(b)): the evidence's own purpose (e.g.
     * `"personalization.browsing"`), plus the collaborative purpose when a collaborative scorer was applied to it.
     * Empty for non-personal evidence.
     */
    readonly purposes: readonly PurposeId[];
}
/** An item with its score and the contributions it is the sum of. */
export interface Candidate {
    readonly item: string;
    readonly score: number;
    readonly contributions: readonly Contribution[];
}
/** What a re-ranking stage did to an item, as data that explanations are rendered from. */
export interface RerankEffect {
    /** The stage, e.g. `"mmr"`, `"fair"`, `"exploration"`. */
    readonly stage: string;
    /** A stable kind for templates, e.g. `"variety"`, `"provider-fairness"`, `"exploration"`, `"calibration"`, `"long-tail"`. */
    readonly kind: string;
    /** Positions moved (positive is up) or, for an inserted item, the slot it was given. */
    readonly amount: number;
    /** A plain-English default text, e.g. `"moved up for variety"`. */
    readonly message: string;
}
/** One served item of a slate. */
export interface SlateItem extends Candidate {
    /** 1-based position in the slate. */
    readonly rank: number;
    /** What re-ranking did to this item; empty when it kept its place. */
    readonly effects: readonly RerankEffect[];
}
