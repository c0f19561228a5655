import type { DecisionRequest, NonProfilingReason, Policy, PolicyConsent, PolicyDecision } from "./types.ts";
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
export declare function decide(state: PolicyConsent, request: DecisionRequest, policy?: Policy): PolicyDecision;
/** The same request served without personal data: what a failing stage degrades to (reason `degraded`). */
export declare function withoutPersonalData(decision: PolicyDecision, reason?: NonProfilingReason): PolicyDecision;
