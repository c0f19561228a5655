/**
 * Faithful explanations: rendered only from an item's score contributions and re-rank effects. Every contribution
 * lands in exactly one reason, so the reasons' amounts add up to the score; special-category evidence is never named.
 */
import type { PolicyDecision } from "../policy/types.ts";
import type { SlateItem } from "../recommend/types.ts";
import { type TemplateId, type Templates } from "./templates.ts";
/** One reason an item is shown. */
export interface Reason {
    readonly templateId: TemplateId;
    readonly text: string;
    /** What this reason adds to the score (the sum of its contributions). */
    readonly amount: number;
    /** `amount / score`; the shares of all reasons add up to 1. */
    readonly share: number;
    /** The shopper's own item this reason rests on, when it may be named. */
    readonly evidence?: {
        readonly item: string;
        readonly events: readonly string[];
    };
    readonly dataCategories: readonly string[];
}
/** What a re-ranking stage did, in words. */
export interface EffectReason {
    readonly templateId: TemplateId;
    readonly text: string;
    readonly stage: string;
    /** Positions moved (positive is up) or the slot given. */
    readonly amount: number;
}
/** A control the shopper can use on this explanation. */
export type Control = {
    readonly kind: "dont-use";
    readonly item: string;
    readonly events: readonly string[];
    readonly label: string;
} | {
    readonly kind: "not-interested";
    readonly item: string;
    readonly label: string;
} | {
    readonly kind: "turn-off";
    readonly purpose: string;
    readonly label: string;
} | {
    readonly kind: "change-variety";
    readonly label: string;
} | {
    readonly kind: "not-personalized";
    readonly label: string;
};
/** The explanation of one served item. */
export interface Explanation {
    readonly item: string;
    readonly rank: number;
    readonly score: number;
    readonly mode: PolicyDecision["mode"];
    readonly locale: string;
    /** The headline: an inserting effect (exploration, fairness) if any, else the largest reason. */
    readonly templateId: TemplateId;
    readonly text: string;
    /** Every reason, largest first; their amounts add up to the score. */
    readonly reasons: readonly Reason[];
    readonly effects: readonly EffectReason[];
    /** Personal data categories the score used. */
    readonly dataCategories: readonly string[];
    /** The purposes and consent evidence relied on, per used category (GDPR Art. 7(1), 15(1)(h)). */
    readonly basis: readonly {
        readonly purpose: string;
        readonly consentEventId: string | null;
        readonly categories: readonly string[];
    }[];
    readonly controls: readonly Control[];
}
/** What rendering needs besides the item. */
export interface ExplainContext {
    readonly decision: PolicyDecision;
    /** Display title of an item. */
    readonly titleOf: (item: string) => string | undefined;
    /** Display name of an item's category (for "Popular in …", "Matches your interest in …"). */
    readonly categoryOf: (item: string) => string | undefined;
    /** Display title of a purpose, for "turn off" controls. */
    readonly purposeTitle?: (purpose: string) => string | undefined;
    readonly locale?: string;
    /** Shop wording by template id. */
    readonly templates?: Partial<Templates>;
}
/** Explains one served item from its contributions and effects only. */
export declare function explainItem(item: SlateItem, context: ExplainContext): Explanation;
