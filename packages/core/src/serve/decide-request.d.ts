import type { ArmAssignment, Experiment } from "../measure/types.ts";
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
export declare function decideRequest(request: DecisionInput, policy: Policy, experiment?: Experiment): {
    readonly decision: PolicyDecision;
    readonly arm: ArmAssignment | null;
};
