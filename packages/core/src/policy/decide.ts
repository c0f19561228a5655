/** Policy decisions: what personal data one request may use, on which basis, or non-profiling mode. */
import { defaultPolicy } from "./create-policy.ts";
import { grantedCategories, isConsentState } from "./granted-categories.ts";
import type {
  CategoryBasis,
  DataCategoryId,
  DecisionRequest,
  DeniedCategory,
  NonProfilingReason,
  Policy,
  PolicyConsent,
  PolicyDecision,
} from "./types.ts";

/**
 * Decides what `request` may use for the shopper of `state`. Pure and total: it never throws.
 *
 * Non-profiling (no personal data at all) when the consent is not `decided` (none, expired: GDPR Art. 7, 25), when
 * the shopper chose the non-personalized feed (DSA Art. 38, GDPR Art. 21), when no ordinary purpose of the request
 * family is granted (a special purpose alone is not enough), or when the request family or the state is unknown.
 * Otherwise every allowed category records the first granted purpose of the family and `state.lastEventId`
 * (GDPR Art. 7(1)). Special categories are allowed only under the special purpose and never under a CPRA limit
 * (GDPR Art. 9(2)(a), CPRA §7027); minors get no advertising or sale/sharing purposes (DSA Art. 28(2)).
 */
export function decide(
  state: PolicyConsent,
  request: DecisionRequest,
  policy: Policy = defaultPolicy,
): PolicyDecision {
  const subject = typeof state?.subject === "string" ? state.subject : "";
  const surface = typeof request?.surface === "string" ? request.surface : null;
  const family =
    typeof request?.purpose === "string" && Object.hasOwn(policy.requestPurposes, request.purpose)
      ? policy.requestPurposes[request.purpose]
      : undefined;
  const base = {
    subject,
    purpose: typeof request?.purpose === "string" ? request.purpose : "",
    surface,
    consentEventId: typeof state?.lastEventId === "string" ? state.lastEventId : null,
  };
  if (!family) return nonProfiling(base, "unknown-request-purpose", []);
  if (!isConsentState(state)) return nonProfiling(base, "invalid-consent-state", []);

  const grants = grantedCategories(state, family, policy);
  const special = new Set(policy.specialCategories);
  const everything = [...grants.allowed.keys(), ...grants.denied.keys()];
  if (state.status !== "decided") return nonProfiling(base, "not-decided", everything, "not-decided");
  if (request.nonPersonalized === true) {
    return nonProfiling(base, "non-personalized-chosen", everything, "non-personalized-chosen");
  }
  if (request.holdout === true) return nonProfiling(base, "holdout", everything, "holdout");
  const ordinary = family.some((id) => {
    const purpose = policy.purposes.find((p) => p.id === id);
    return (
      purpose !== undefined &&
      purpose.special !== true &&
      [...grants.allowed.values()].some((l) => l.includes(id))
    );
  });
  if (!ordinary)
    return nonProfiling(base, "no-personalization", everything, "no-personalization", grants.denied);

  const allowed: DataCategoryId[] = [];
  const basis: CategoryBasis[] = [];
  for (const [category, purposes] of grants.allowed) {
    allowed.push(category);
    basis.push(
      Object.freeze({
        category,
        purpose: purposes[0] as string,
        consentEventId: state.lastEventId,
        recordId: state.recordId,
      }),
    );
  }
  const denied = [...grants.denied].map(([category, reason]) => Object.freeze({ category, reason }));
  const collaborative =
    policy.collaborativePurpose !== null &&
    family.includes(policy.collaborativePurpose) &&
    [...grants.allowed.values()].some((l) => l.includes(policy.collaborativePurpose as string));
  return Object.freeze({
    ...base,
    mode: "personalized",
    reason: null,
    allowed: Object.freeze(allowed),
    basis: Object.freeze(basis),
    denied: Object.freeze(denied),
    signalOnly: Object.freeze(allowed.filter((c) => special.has(c))),
    collaborative,
  });
}

function nonProfiling(
  base: Pick<PolicyDecision, "subject" | "purpose" | "surface" | "consentEventId">,
  reason: NonProfilingReason,
  categories: readonly DataCategoryId[],
  denial: DeniedCategory["reason"] = "not-granted",
  specific?: ReadonlyMap<DataCategoryId, DeniedCategory["reason"]>,
): PolicyDecision {
  const denied = [...new Set(categories)].map((category) =>
    Object.freeze({ category, reason: specific?.get(category) ?? denial }),
  );
  return Object.freeze({
    ...base,
    mode: "non_profiling",
    reason,
    allowed: Object.freeze([]),
    basis: Object.freeze([]),
    denied: Object.freeze(denied),
    signalOnly: Object.freeze([]),
    collaborative: false,
  });
}
