/** The sample shop's category tree: twelve top-level categories, their leaves, and what their items look like. */
import type { Category, SensitiveTag } from "./types.ts";
/** Items of a leaf that differ from the rest (gambling-like, biometric, …), drawn with probability `share`. */
export interface SpecialItemSpec {
    readonly share: number;
    readonly nouns: readonly string[];
    readonly sensitive?: readonly SensitiveTag[];
    readonly ageRestricted?: 18;
}
/** How to generate the items of one leaf category. */
export interface LeafSpec {
    readonly slug: string;
    readonly name: string;
    readonly glyph: string;
    /** Relative share of the catalog's items. */
    readonly share: number;
    /** Price range in EUR; prices are drawn log-uniformly in it. */
    readonly price: readonly [number, number];
    readonly nouns: readonly string[];
    readonly sensitive?: readonly SensitiveTag[];
    readonly ageRestricted?: 18;
    readonly special?: SpecialItemSpec;
}
/** A top-level category and its leaves. */
export interface TopSpec {
    readonly slug: string;
    readonly name: string;
    readonly glyph: string;
    readonly hue: number;
    readonly leaves: readonly LeafSpec[];
}
/** The tree the catalog is generated from, in display order. */
export declare const categoryTree: readonly TopSpec[];
/** The categories of {@link categoryTree} as data: each top-level category followed by its leaves. */
export declare function categoriesOf(tree: readonly TopSpec[]): Category[];
