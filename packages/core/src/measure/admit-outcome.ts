/** Outcome events at the boundary: validated with zod/mini, and admitted only under the `analytics` purpose. */

import * as z from "zod/mini";
import type { ConsentState } from "../consent/types.ts";
import { InputError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import type { Outcome } from "./types.ts";

const id = z.string().check(z.minLength(1), z.maxLength(256));
const base = {
  subject: id,
  at: z.int().check(z.nonnegative()),
  surface: id,
  arm: z.nullable(id),
  slate: z.nullable(id),
  item: z.optional(id),
  session: z.optional(id),
};
const outcomeSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("impression"), ...base }),
  z.object({ type: z.literal("click"), ...base }),
  z.object({ type: z.literal("add_to_cart"), ...base }),
  z.object({ type: z.literal("purchase"), ...base, revenue: z.number().check(z.gte(0)) }),
]);

/**
 * Checks an outcome event and returns it typed, with unknown fields dropped (data minimisation, GDPR Art. 5(1)(c)).
 * Throws {@link InputError} naming the field (`"revenue"`), the reason and the value. A purchase needs a
 * finite `revenue` ≥ 0; `at` is integer epoch milliseconds.
 */
export function parseOutcome(input: unknown): Outcome {
  const parsed = outcomeSchema.safeParse(input);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, input);
    throw new InputError(path, reason, value, { what: "outcome event" });
  }
  return Object.freeze(parsed.data) as Outcome;
}

/** Like {@link parseOutcome} but returns the {@link InputError} instead of throwing it. */
export const safeParseOutcome = safe(parseOutcome, InputError);

/** Why an outcome event was not counted. */
export type OutcomeDropReason =
  /** The event failed validation (`error` names the field). */
  | "invalid"
  /** No valid consent state for the subject: none given or found, undecided or expired (GDPR Art. 7, 25). */
  | "no-consent"
  /** The consent state does not grant the measurement purpose (`analytics`). */
  | "not-granted";

/** What {@link admitOutcome} decided. */
export type OutcomeAdmission =
  | { readonly admitted: true; readonly outcome: Outcome }
  | {
      readonly admitted: false;
      readonly reason: OutcomeDropReason;
      readonly message: string;
      /** For `invalid`: the validation error. */
      readonly error?: InputError;
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
export function admitOutcome(
  input: unknown,
  consent: ConsentState | null | undefined,
  options: AdmitOutcomeOptions = {},
): OutcomeAdmission {
  const purpose = options.purpose ?? "analytics";
  const parsed = safeParseOutcome(input);
  if (!parsed.ok)
    return { admitted: false, reason: "invalid", message: parsed.error.message, error: parsed.error };
  if (typeof consent !== "object" || consent === null || consent.status !== "decided") {
    return { admitted: false, reason: "no-consent", message: "no valid consent state for the subject" };
  }
  if (typeof consent.granted !== "object" || consent.granted?.[purpose] !== true) {
    return { admitted: false, reason: "not-granted", message: `purpose "${purpose}" is not granted` };
  }
  return { admitted: true, outcome: parsed.value };
}
