/** The outcome log: the consented outcome events of an experiment, in memory, with erasure. */
import type { ConsentState } from "../consent/types.ts";
import {
  type AdmitOutcomeOptions,
  admitOutcome,
  type OutcomeAdmission,
  type OutcomeDropReason,
  parseOutcome,
} from "./admit-outcome.ts";
import type { Outcome } from "./types.ts";

/** Options of {@link createOutcomeLog}. */
export interface OutcomeLogOptions extends AdmitOutcomeOptions {
  /** The subject's current consent state, used when `record` gets none; default: none (everything is dropped). */
  readonly consentOf?: (subject: string) => ConsentState | null | undefined;
  /** Called with every dropped event's reason (never with the event: nothing of it is kept). Default: none. */
  readonly onDrop?: (drop: Extract<OutcomeAdmission, { admitted: false }>) => void;
  /** Outcomes to start from, e.g. read back from storage; validated, and an invalid one throws. Default none. */
  readonly initial?: readonly unknown[];
}

/** A snapshot of the log. */
export interface OutcomeLogState {
  /** Counted outcomes in recording order. */
  readonly outcomes: readonly Outcome[];
  /** Dropped events by reason: counts only, nothing about who. */
  readonly dropped: Readonly<Record<OutcomeDropReason, number>>;
}

/** Collects outcome events; `record` each impression, click, add-to-cart and purchase attributed to a slate. */
export interface OutcomeLog {
  /**
   * Counts the event when it is valid and the subject's consent grants `analytics` (from `consent`, else from
   * `consentOf`); otherwise drops it, keeps nothing of it and returns why. Never throws.
   */
  record(input: unknown, consent?: ConsentState | null): OutcomeAdmission;
  /** The counted outcomes, oldest first. */
  outcomes(): readonly Outcome[];
  /** A snapshot, the same object until the next change. */
  getState(): OutcomeLogState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Removes every outcome of `subject` (GDPR Art. 17(1)); returns how many. */
  erase(subject: string): number;
}

/**
 * Creates an outcome log (a closure: it holds state). Deny by default: without a consent state that grants
 * `analytics` nothing is counted for that shopper (GDPR Art. 6(1)(a), Art. 25). Outcomes of subjects who later
 * withdraw stay counted (GDPR Art. 7(3): withdrawal does not affect earlier processing) until `erase`.
 */
export function createOutcomeLog(options: OutcomeLogOptions = {}): OutcomeLog {
  const admit: AdmitOutcomeOptions = options.purpose === undefined ? {} : { purpose: options.purpose };
  let outcomes: Outcome[] = (options.initial ?? []).map(parseOutcome);
  const dropped: Record<OutcomeDropReason, number> = { invalid: 0, "no-consent": 0, "not-granted": 0 };
  const listeners = new Set<() => void>();
  let snapshot: OutcomeLogState | undefined;
  const changed = () => {
    snapshot = undefined;
    for (const listener of listeners) listener();
  };
  const consentFor = (input: unknown): ConsentState | null | undefined => {
    const subject = (input as { subject?: unknown } | null)?.subject;
    if (typeof subject !== "string" || !options.consentOf) return undefined;
    try {
      return options.consentOf(subject);
    } catch {
      return undefined;
    }
  };
  return {
    record(input, consent) {
      const result = admitOutcome(input, consent === undefined ? consentFor(input) : consent, admit);
      if (result.admitted) outcomes.push(result.outcome);
      else {
        dropped[result.reason]++;
        options.onDrop?.(result);
      }
      changed();
      return result;
    },
    outcomes: () => outcomes.slice(),
    getState() {
      snapshot ??= Object.freeze({ outcomes: outcomes.slice(), dropped: { ...dropped } });
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    erase(subject) {
      const before = outcomes.length;
      outcomes = outcomes.filter((o) => o.subject !== subject);
      const removed = before - outcomes.length;
      if (removed > 0) changed();
      return removed;
    },
  };
}
