import type { Purpose } from "../consent/types.ts";
import type { DataCategoryId, Policy, PurposeId } from "./types.ts";
/** Options of {@link createPolicy}. */
export interface PolicyOptions {
    /** The purpose catalog; default the consent module's `defaultPurposes`. Must match the consent manager's. */
    readonly purposes?: readonly Purpose[];
    /** Request family → consent purposes; default {@link defaultRequestPurposes}. */
    readonly requestPurposes?: Readonly<Record<string, readonly PurposeId[]>>;
    /** The purpose that allows shared statistics; default `"personalization.similar-shoppers"`, `null` for none. */
    readonly collaborativePurpose?: PurposeId | null;
    /** Sensitive tag → special category; default {@link defaultSensitiveTags}. */
    readonly sensitiveTags?: Readonly<Record<string, DataCategoryId>>;
    /**
     * Serve known minors profiling-based recommendations; default `false` (DSA Art. 28(2) forbids profiling-based
     * ads to minors, and Candor does not profile them for recommendations either unless the shop, where the law
     * allows, turns this on). Advertising and sale/sharing purposes stay off for minors whatever this says.
     */
    readonly personalizeMinors?: boolean;
}
/** Default request families: recommendations, advertising, e-mail marketing and analytics. */
export declare const defaultRequestPurposes: Readonly<Record<string, readonly PurposeId[]>>;
/**
 * Creates a policy. Throws {@link PolicyConfigError} with the path when a request family names an unknown purpose,
 * or when a purpose that is not `special` lists a special category (GDPR Art. 9(2)(a): only explicit consent may).
 */
export declare function createPolicy(options?: PolicyOptions): Policy;
/** The policy over the default purpose catalog and request families. */
export declare const defaultPolicy: Policy;
