/** Stage 1: the consent state → the policy decision for this request, and the holdout arm if an experiment runs. */
import { assignArm } from "../internal/assign-arm.ts";
import { servingMode } from "../internal/serving-mode.ts";
import type { ArmAssignment, Experiment } from "../measure/types.ts";
import { decide } from "../policy/decide.ts";
import type { Policy, PolicyConsent, PolicyDecision } from "../policy/types.ts";

/** What the decision stage needs of a request. */
export interface DecisionInput {
  readonly consent: PolicyConsent;
  readonly surface: string;
  readonly nonPersonalized?: boolean;
}

/**
 * Decides what the request may use. Under an experiment an eligible subject gets a stable arm; the control arm is
 * decided as a holdout (reason `holdout`, no personal data read), so the arms compare like with like.
 */
export function decideRequest(
  request: DecisionInput,
  policy: Policy,
  experiment?: Experiment,
): { readonly decision: PolicyDecision; readonly arm: ArmAssignment | null } {
  const asked = {
    purpose: "recommend",
    surface: request.surface,
    ...(request.nonPersonalized ? { nonPersonalized: true } : {}),
  };
  const decision = decide(request.consent, asked, policy);
  if (!experiment) return { decision, arm: null };
  const plan = servingMode(
    assignArm(decision.subject, { ...experiment, surface: request.surface }),
    decision,
  );
  if (plan.status === "in-arm" && plan.mode === "non_profiling") {
    return { decision: decide(request.consent, { ...asked, holdout: true }, policy), arm: plan.arm };
  }
  return { decision, arm: plan.arm };
}
