/** Business rules as data: a validated, versioned rule set that the shop, the pipeline and auditors read alike. */
import * as z from "zod/mini";
import type { Result } from "../internal/result.ts";
import { RuleSetError } from "./errors.ts";
/** Schema of a rule set; rule ids must be unique. */
export declare const ruleSetSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    version: z.ZodMiniString<string>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    rules: z.ZodMiniArray<z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"stock">;
        minStock: z.ZodMiniOptional<z.ZodMiniInt>;
    }, z.core.$strip>, z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"region">;
        unknownRegion: z.ZodMiniOptional<z.ZodMiniEnum<{
            filter: "filter";
            keep: "keep";
        }>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"age">;
        unknownAge: z.ZodMiniOptional<z.ZodMiniEnum<{
            filter: "filter";
            keep: "keep";
        }>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"category-block">;
        categories: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"seller-block">;
        sellers: z.ZodMiniArray<z.ZodMiniString<string>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"item-block">;
        items: z.ZodMiniArray<z.ZodMiniString<string>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        reason: z.ZodMiniString<string>;
        when: z.ZodMiniOptional<z.ZodMiniObject<{
            minor: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            regions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            surfaces: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        kind: z.ZodMiniLiteral<"sensitive-block">;
        tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    }, z.core.$strip>], "kind">>;
}, z.core.$strip>;
/** Conditions under which a rule applies; every given one must hold. Absent: always. */
export interface RuleCondition {
    /** Applies only to a known minor (`true`) or only to others (`false`). */
    readonly minor?: boolean;
    /** Applies only in these regions (`"EU"` covers member states, `"US"` covers `"US-CA"`). */
    readonly regions?: readonly string[];
    /** Applies only on these surfaces. */
    readonly surfaces?: readonly string[];
}
interface RuleBase {
    readonly id: string;
    /** Plain-language reason, shown to auditors and in filter reports. */
    readonly reason: string;
    readonly when?: RuleCondition;
}
/** One hard filter. */
export type Rule = RuleBase & ({
    readonly kind: "stock" /** Default 1. Items without `stock` are kept. */;
    readonly minStock?: number;
} | {
    readonly kind: "region" /** When the shopper's region is unknown; default `"filter"`. */;
    readonly unknownRegion?: "keep" | "filter";
} | {
    readonly kind: "age" /** When the shopper's age is unknown; default `"keep"`. */;
    readonly unknownAge?: "keep" | "filter";
} | {
    readonly kind: "category-block";
    /** Category ids matched against the item's category, its path and each `/` segment. */
    readonly categories?: readonly string[];
    /** Item tags. */
    readonly tags?: readonly string[];
} | {
    readonly kind: "seller-block";
    readonly sellers: readonly string[];
} | {
    readonly kind: "item-block";
    readonly items: readonly string[];
} | {
    readonly kind: "sensitive-block" /** Sensitive tags to block; default every one. */;
    readonly tags?: readonly string[];
});
/** A versioned set of hard filters. */
export interface RuleSet {
    readonly id: string;
    readonly version: string;
    readonly description?: string;
    readonly rules: readonly Rule[];
}
/** Validates a rule set; throws {@link RuleSetError} with the path (`"rules.2.kind"`) and the reason. */
export declare function parseRuleSet(input: unknown): RuleSet;
/** Validates a rule set without throwing. */
export declare function safeParseRuleSet(input: unknown): Result<RuleSet, RuleSetError>;
export {};
