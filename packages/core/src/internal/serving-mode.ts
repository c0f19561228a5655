/** What the pipeline serves under a holdout experiment, and whether the request counts in an arm. */

import type { ArmAssignment } from "../measure/types.ts";
import type { PolicyDecision } from "../policy/types.ts";

/** Why a shopper is in no arm although the experiment runs on the surface. */
export type IneligibleReason =
  /** The shopper chose the non-personalized feed (DSA Art. 38, GDPR Art. 21): not a control, or the estimate is biased. */
  | "non-personalized-chosen"
  /** No valid consent for personalization (none, expired, not granted, invalid state: GDPR Art. 7, 25). */
  | "no-personalization-consent";

/** The serving plan for one request. */
export type ServingMode =
  /** Counted in `arm`: a control arm is served `non_profiling` (no personal data read), the others `personalized`. */
  | {
      readonly status: "in-arm";
      readonly mode: PolicyDecision["mode"];
      readonly arm: ArmAssignment;
    }
  /** The experiment is off on this surface: plain personalized serving, counted nowhere. */
  | { readonly status: "not-in-experiment"; readonly mode: "personalized"; readonly arm: null }
  /** The shopper would not be personalized anyway: served `non_profiling`, never counted in any arm. */
  | {
      readonly status: "not-eligible";
      readonly mode: "non_profiling";
      readonly arm: null;
      readonly reason: IneligibleReason;
    };

/**
 * Combines the subject's arm (`assignArm`, `null` when the surface is off) with the policy decision. Only shoppers
 * the policy would personalize are eligible: a shopper who chose non-personalized, or whose consent does not allow
 * personalization, is in no arm (self-selection is excluded both ways, so the arms compare like with like). An
 * eligible control-arm shopper is served `non_profiling`: pass `nonPersonalized: mode === "non_profiling"` to
 * `recommend` so no personal data is read. A challenger arm is served `personalized` with the configuration its
 * arm id names. Pure and total: an unreadable decision counts as no consent.
 */
export function servingMode(arm: ArmAssignment | null, decision: PolicyDecision): ServingMode {
  if (decision?.mode !== "personalized") {
    const reason =
      decision?.reason === "non-personalized-chosen"
        ? "non-personalized-chosen"
        : "no-personalization-consent";
    return { status: "not-eligible", mode: "non_profiling", arm: null, reason };
  }
  if (!arm) return { status: "not-in-experiment", mode: "personalized", arm: null };
  return { status: "in-arm", mode: arm.kind === "control" ? "non_profiling" : "personalized", arm };
}
