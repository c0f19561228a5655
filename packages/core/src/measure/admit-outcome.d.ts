import type { ConsentState } from "../consent/types.ts";
import type { Result } from "../internal/result.ts";
import { InvalidOutcomeError } from "./errors.ts";
import type { Outcome } from "./types.ts";
/**
 * Checks an outcome event and returns it typed, with unknown fields dropped (data minimisation, GDPR Art. 5(1)(c)).
 * Throws {@link InvalidOutcomeError} naming the field (`"revenue"`), the reason and the value. A purchase needs a
 * finite `revenue` ≥ 0; `at` is integer epoch milliseconds.
 */
export declare function parseOutcome(input: unknown): Outcome;
/** Like {@link parseOutcome} but returns the {@link InvalidOutcomeError} instead of throwing it. */
export declare function safeParseOutcome(input: unknown): Result<Outcome, InvalidOutcomeError>;
/** Why an outcome event was not counted. */
export type OutcomeDropReason = 
/** The event failed validation (`error` names the field). */
"invalid"
/** No valid consent state for the subject: none given or found, undecided or expired (GDPR Art. 7, 25). */
 | "no-consent"
/** The consent state does not grant the measurement purpose (`analytics`). */
 | "not-granted";
/** What {@link admitOutcome} decided. */
export type OutcomeAdmission = {
    readonly admitted: true;
    readonly outcome: Outcome;
} | {
    readonly admitted: false;
    readonly reason: OutcomeDropReason;
    readonly message: string;
    /** For `invalid`: the validation error. */
    readonly error?: InvalidOutcomeError;
};
/** Options of {@link admitOutcome}. */
export interface AdmitOutcomeOptions {
    /** The consent purpose outcome counting rests on; default `"analytics"` (`dpv:ServiceUsageAnalytics`). */
    readonly purpose?: string;
}
/**
 * Decides whether an outcome event may be counted: it must be valid and the subject's consent state must be
 * `decided` and grant `analytics` (GDPR Art. 6(1)(a), ePrivacy Art. 5(3)); otherwise it is dropped and the result
 * says why. Pure and total: it never throws, and a missing or unreadable state counts as no consent.
 */
export declare function admitOutcome(input: unknown, consent: ConsentState | null | undefined, options?: AdmitOutcomeOptions): OutcomeAdmission;
