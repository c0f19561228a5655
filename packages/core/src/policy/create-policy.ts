/** The policy: which consent purposes serve which request, and which categories are special. Checked once. */

import * as z from "zod/mini";
import { defaultPurposes, SENSITIVE } from "../consent/purposes.ts";
import { purposeSchema } from "../consent/schemas.ts";
import type { Purpose } from "../consent/types.ts";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import { dataCategories, defaultSensitiveTags } from "./data-categories.ts";
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
export const defaultRequestPurposes: Readonly<Record<string, readonly PurposeId[]>> = {
  recommend: [
    "personalization.browsing",
    "personalization.purchases",
    "personalization.context",
    "personalization.similar-shoppers",
    SENSITIVE,
  ],
  advertise: ["advertising.cross-context"],
  email: ["marketing.email"],
  analytics: ["analytics"],
};

const optionsSchema = z.strictObject({
  purposes: z.optional(z.array(purposeSchema).check(z.minLength(1))),
  requestPurposes: z.optional(
    z.record(z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1)))),
  ),
  collaborativePurpose: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  sensitiveTags: z.optional(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1)))),
  personalizeMinors: z.optional(z.boolean()),
});

/**
 * Creates a policy. Throws {@link ConfigError} with the path when a request family names an unknown purpose,
 * or when a purpose that is not `special` lists a special category (GDPR Art. 9(2)(a): only explicit consent may).
 */
export function createPolicy(options: PolicyOptions = {}): Policy {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const { path, reason } = firstIssue(parsed.error, options);
    throw new ConfigError(path, reason);
  }
  const purposes: readonly Purpose[] = options.purposes ?? defaultPurposes;
  const requestPurposes = options.requestPurposes ?? defaultRequestPurposes;
  const sensitiveTags = options.sensitiveTags ?? defaultSensitiveTags;
  const collaborativePurpose =
    options.collaborativePurpose === undefined
      ? purposes.some((p) => p.id === "personalization.similar-shoppers")
        ? "personalization.similar-shoppers"
        : null
      : options.collaborativePurpose;
  const known = new Set(purposes.map((p) => p.id));
  for (const [family, ids] of Object.entries(requestPurposes)) {
    ids.forEach((id, index) => {
      if (!known.has(id))
        throw new ConfigError(`requestPurposes.${family}.${index}`, `unknown purpose "${id}"`);
    });
  }
  if (collaborativePurpose !== null && !known.has(collaborativePurpose)) {
    throw new ConfigError("collaborativePurpose", `unknown purpose "${collaborativePurpose}"`);
  }
  const special = new Set<DataCategoryId>(dataCategories.filter((c) => c.special).map((c) => c.id));
  for (const category of Object.values(sensitiveTags)) special.add(category);
  for (const purpose of purposes) if (purpose.special) for (const c of purpose.dataCategories) special.add(c);
  purposes.forEach((purpose, index) => {
    if (purpose.special) return;
    const found = purpose.dataCategories.find((c) => special.has(c));
    if (found !== undefined) {
      throw new ConfigError(
        `purposes.${index}.dataCategories`,
        `"${found}" is a special category; only a special, explicit-consent purpose may list it (GDPR Art. 9(2)(a))`,
      );
    }
  });
  return Object.freeze({
    purposes,
    requestPurposes,
    collaborativePurpose,
    sensitiveTags,
    specialCategories: Object.freeze([...special]),
    personalizeMinors: options.personalizeMinors ?? false,
  });
}

/** The policy over the default purpose catalog and request families. */
export const defaultPolicy: Policy = /* @__PURE__ */ createPolicy();
