import type { RuleSet } from "../policy/rule-set.ts";
import type { BlendWeights } from "../recommend/scorers.ts";
/** The configuration a disclosure describes. */
export interface DisclosureConfig {
    /** Surfaces where recommendations appear, e.g. `["home", "pdp", "cart"]`. */
    readonly surfaces: readonly string[];
    readonly weights: BlendWeights;
    /** The hard filters in force. */
    readonly rules: RuleSet;
    /** The default variety (0–1) of the re-ranking, when re-ranking is on. */
    readonly variety?: number;
    /** Re-rank stages in force, e.g. `["calibration", "mmr", "fair"]`. */
    readonly rerankStages?: readonly string[];
    /** Whether known minors get profiling-based recommendations (the policy's `personalizeMinors`); default `false`. */
    readonly personalizeMinors?: boolean;
}
/** One main parameter in plain language. */
export interface MainParameter {
    readonly parameter: string;
    readonly description: string;
    /** How much it weighs relative to the others: its share of the blend weights. */
    readonly importance: "main" | "supporting" | "minor";
    readonly weightShare: number;
}
/** The disclosure of one surface (DSA Art. 27(1)–(2)). */
export interface SurfaceDisclosure {
    readonly surface: string;
    readonly summary: string;
    readonly mainParameters: readonly MainParameter[];
    /** What the shopper can change, and where (DSA Art. 27(3), Art. 38). */
    readonly options: readonly string[];
    readonly filters: readonly string[];
    /** Protections that always apply, whatever the weights (GDPR Art. 9(2)(a), DSA Art. 28(2)). */
    readonly protections: readonly string[];
}
/** The whole disclosure, with a version id that changes whenever the configuration does. */
export interface Disclosure {
    readonly version: string;
    readonly surfaces: readonly SurfaceDisclosure[];
}
/** Generates the disclosure from the configuration in force; the same configuration gives the same version. */
export declare function describeRecommender(config: DisclosureConfig): Disclosure;
/** The disclosure as Markdown, for a shop's "How recommendations work" page. */
export declare function disclosureMarkdown(disclosure: Disclosure): string;
