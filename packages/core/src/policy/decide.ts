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
 * the shopper chose the non-personalized feed (DSA Art. 38, GDPR Art. 21), when the subject is a known minor and the
 * policy does not personalize minors (DSA Art. 28(2)), when no ordinary evidence purpose of the request family is
 * granted (a special purpose or the collaborative purpose alone is not enough), or when the request family or the
 * state is unknown.
 *
 * Purposes bind uses (GDPR Art. 5(1)(b), 6(1)(a)): a category is allowed as the shopper's own evidence only under a
 * granted purpose of the family other than the collaborative one, which governs only shared statistics. Every
 * allowed category records the first such purpose and `state.lastEventId` (GDPR Art. 7(1)). Special categories are
 * allowed only under the special purpose and never under a CPRA limit (GDPR Art. 9(2)(a), CPRA §7027).
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
  if (!family) return nonProfiling(base, "unknown-request-purpose", [], false);
  if (!isConsentState(state)) return nonProfiling(base, "invalid-consent-state", [], false);

  const collaborativePurpose = policy.collaborativePurpose;
  const evidencePurposes = family.filter((id) => id !== collaborativePurpose);
  const grants = grantedCategories(state, evidencePurposes, policy);
  const minorLocked = state.minor === true && !policy.personalizeMinors;
  const sharedStatistics =
    state.status === "decided" &&
    !minorLocked &&
    collaborativePurpose !== null &&
    family.includes(collaborativePurpose) &&
    state.granted[collaborativePurpose] === true;
  const special = new Set(policy.specialCategories);
  const everything = [...grants.allowed.keys(), ...grants.denied.keys()];
  if (state.status !== "decided") return nonProfiling(base, "not-decided", everything, false, "not-decided");
  if (minorLocked) return nonProfiling(base, "minor", everything, false, "minor");
  if (request.nonPersonalized === true) {
    return nonProfiling(
      base,
      "non-personalized-chosen",
      everything,
      sharedStatistics,
      "non-personalized-chosen",
    );
  }
  if (request.holdout === true) return nonProfiling(base, "holdout", everything, sharedStatistics, "holdout");
  const ordinary = evidencePurposes.some((id) => {
    const purpose = policy.purposes.find((p) => p.id === id);
    return (
      purpose !== undefined &&
      purpose.special !== true &&
      [...grants.allowed.values()].some((l) => l.includes(id))
    );
  });
  if (!ordinary)
    return nonProfiling(
      base,
      "no-personalization",
      everything,
      sharedStatistics,
      "no-personalization",
      grants.denied,
    );

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
  const signalOnly = allowed.filter((c) => special.has(c));
  return Object.freeze({
    ...base,
    mode: "personalized",
    reason: null,
    allowed: Object.freeze(allowed),
    basis: Object.freeze(basis),
    denied: Object.freeze(denied),
    signalOnly: Object.freeze(signalOnly),
    sensitiveAllowed: signalOnly.length > 0,
    collaborative: sharedStatistics,
    sharedStatistics,
  });
}

function nonProfiling(
  base: Pick<PolicyDecision, "subject" | "purpose" | "surface" | "consentEventId">,
  reason: NonProfilingReason,
  categories: readonly DataCategoryId[],
  sharedStatistics: boolean,
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
    sensitiveAllowed: false,
    collaborative: false,
    sharedStatistics,
  });
}

/** The same request served without personal data: what a failing stage degrades to (reason `degraded`). */
export function withoutPersonalData(
  decision: PolicyDecision,
  reason: NonProfilingReason = "degraded",
): PolicyDecision {
  if (decision.mode === "non_profiling") return decision;
  const denied: DeniedCategory[] = [
    ...decision.denied,
    ...decision.allowed.map((category) => ({ category, reason: "not-granted" as const })),
  ];
  return Object.freeze({
    ...nonProfiling(decision, reason, [], decision.sharedStatistics),
    denied: Object.freeze(denied.map((d) => Object.freeze({ ...d }))),
  });
}
