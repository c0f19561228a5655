/** The outcome log: the consented outcome events of an experiment, in memory and optionally in durable storage, with erasure. */
import type { ConsentState } from "../consent/types.ts";
import {
  type AdmitOutcomeOptions,
  admitOutcome,
  type OutcomeAdmission,
  type OutcomeDropReason,
  parseOutcome,
  safeParseOutcome,
} from "./admit-outcome.ts";
import type { OutcomeStorage } from "./outcome-storage.ts";
import type { Outcome } from "./types.ts";

/** A storage problem of the outcome log, reported through `onError`; the log itself never throws for it. */
export type OutcomeLogIssue =
  /** A stored outcome could not be read or failed validation: skipped, and left in storage untouched. */
  | { readonly kind: "unreadable"; readonly location: string; readonly reason: string }
  /** Reading the storage failed; the log works from memory and `load()` tries again on its next call. */
  | { readonly kind: "load-failed"; readonly error: unknown }
  /** Writing outcomes failed; they stay in memory and are written with the next append or `flush()`. */
  | { readonly kind: "append-failed"; readonly outcomes: number; readonly error: unknown }
  /** Erasing a subject's stored outcomes failed; it is tried again with the next `flush()`. */
  | { readonly kind: "erase-failed"; readonly error: unknown };

/** Options of {@link createOutcomeLog}. */
export interface OutcomeLogOptions extends AdmitOutcomeOptions {
  /** The subject's current consent state, used when `record` gets none; default: none (everything is dropped). */
  readonly consentOf?: (subject: string) => ConsentState | null | undefined;
  /** Called with every dropped event's reason (never with the event: nothing of it is kept). Default: none. */
  readonly onDrop?: (drop: Extract<OutcomeAdmission, { admitted: false }>) => void;
  /** Outcomes to start from, e.g. read back from storage; validated, and an invalid one throws. Default none. */
  readonly initial?: readonly unknown[];
  /**
   * Durable storage (`indexedDbOutcomeStorage()` in browsers, `jsonlOutcomeStorage()` from
   * `@candor/core/measure/node` in Node). Only admitted outcomes are written to it, and it is first read at
   * `load()` or at the first admitted outcome, never before. Default: none (memory only).
   */
  readonly storage?: OutcomeStorage;
  /** Storage problems (unreadable stored outcomes, failed reads, writes and erasures); default: none. */
  readonly onError?: (issue: OutcomeLogIssue) => void;
}

/** A snapshot of the log. */
export interface OutcomeLogState {
  /** Counted outcomes in recording order (stored ones first, once loaded). */
  readonly outcomes: readonly Outcome[];
  /** Dropped events by reason: counts only, nothing about who. */
  readonly dropped: Readonly<Record<OutcomeDropReason, number>>;
  /** Whether the stored outcomes have been read (always `true` without storage). */
  readonly loaded: boolean;
  /** Admitted outcomes not yet written to storage (0 without storage). */
  readonly unsaved: number;
  /** Stored outcomes skipped as unreadable when loading. */
  readonly unreadable: number;
}

/** Collects outcome events; `record` each impression, click, add-to-cart and purchase attributed to a slate. */
export interface OutcomeLog {
  /**
   * Counts the event when it is valid and the subject's consent grants `analytics` (from `consent`, else from
   * `consentOf`); otherwise drops it, keeps nothing of it and returns why. Never throws. With storage, the counted
   * outcome is written in the background (see `flush`).
   */
  record(input: unknown, consent?: ConsentState | null): OutcomeAdmission;
  /** The counted outcomes, oldest first. */
  outcomes(): readonly Outcome[];
  /** A snapshot, the same object until the next change. */
  getState(): OutcomeLogState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * Removes every outcome of `subject` from memory at once and from storage in the background (GDPR Art. 17(1));
   * returns how many were in memory. Await `flush()` for the stored ones.
   */
  erase(subject: string): number;
  /**
   * Reads the stored outcomes into the log, once (again after a failed read). Call it once the consent in force
   * allows reading the device (ePrivacy Dir. Art. 5(3)), e.g. for a shop's own analytics store. Never rejects.
   */
  load(): Promise<void>;
  /** Resolves once every write and erasure so far has been tried; failures go to `onError`. Never rejects. */
  flush(): Promise<void>;
}

/**
 * Creates an outcome log (a closure: it holds state). Deny by default: without a consent state that grants
 * `analytics` nothing is counted, or stored, for that shopper (GDPR Art. 6(1)(a), Art. 25). Outcomes of subjects
 * who later withdraw stay counted (GDPR Art. 7(3): withdrawal does not affect earlier processing) until `erase`.
 * Storage work runs in order on one queue: a failed write keeps the outcomes in memory and retries them.
 */
export function createOutcomeLog(options: OutcomeLogOptions = {}): OutcomeLog {
  const admit: AdmitOutcomeOptions = options.purpose === undefined ? {} : { purpose: options.purpose };
  const storage = options.storage;
  const report = (issue: OutcomeLogIssue) => {
    try {
      options.onError?.(issue);
    } catch {
      // A failing error hook must not break recording.
    }
  };
  let outcomes: Outcome[] = (options.initial ?? []).map(parseOutcome);
  const dropped: Record<OutcomeDropReason, number> = { invalid: 0, "no-consent": 0, "not-granted": 0 };
  const listeners = new Set<() => void>();
  let snapshot: OutcomeLogState | undefined;
  let loaded = storage === undefined;
  let loading: Promise<void> | null = null;
  let unreadable = 0;
  let unsaved: Outcome[] = [];
  /** Subjects erased while the stored outcomes were not yet read: filtered out of what is read. */
  const erasedBeforeLoad = new Set<string>();
  const pendingErasures = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  const changed = () => {
    snapshot = undefined;
    for (const listener of listeners) listener();
  };
  const enqueue = (task: () => Promise<void>): Promise<void> => {
    queue = queue.then(task, task);
    return queue;
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

  const load = (): Promise<void> => {
    if (!storage || loaded) return Promise.resolve();
    loading ??= enqueue(async () => {
      let slots: Awaited<ReturnType<OutcomeStorage["readAll"]>>;
      try {
        slots = await storage.readAll();
      } catch (error) {
        loading = null;
        report({ kind: "load-failed", error });
        return;
      }
      const stored: Outcome[] = [];
      for (const slot of slots) {
        if (!slot.ok) {
          unreadable++;
          report({ kind: "unreadable", location: slot.location, reason: slot.reason });
          continue;
        }
        const parsed = safeParseOutcome(slot.value);
        if (!parsed.ok) {
          unreadable++;
          report({ kind: "unreadable", location: slot.location, reason: parsed.error.message });
        } else if (!erasedBeforeLoad.has(parsed.value.subject)) stored.push(parsed.value);
      }
      erasedBeforeLoad.clear();
      outcomes = [...stored, ...outcomes];
      loaded = true;
      changed();
    });
    return loading;
  };

  const write = (): Promise<void> =>
    enqueue(async () => {
      if (!storage) return;
      for (const subject of [...pendingErasures]) {
        try {
          await storage.erase(subject);
          pendingErasures.delete(subject);
        } catch (error) {
          report({ kind: "erase-failed", error });
        }
      }
      if (unsaved.length === 0) return;
      const batch = unsaved;
      unsaved = [];
      try {
        await storage.append(batch);
      } catch (error) {
        unsaved = [...batch, ...unsaved];
        report({ kind: "append-failed", outcomes: batch.length, error });
      }
      changed();
    });

  return {
    record(input, consent) {
      const result = admitOutcome(input, consent === undefined ? consentFor(input) : consent, admit);
      if (result.admitted) {
        outcomes.push(result.outcome);
        if (storage) {
          unsaved.push(result.outcome);
          void load();
          void write();
        }
      } else {
        dropped[result.reason]++;
        options.onDrop?.(result);
      }
      changed();
      return result;
    },
    outcomes: () => outcomes.slice(),
    getState() {
      snapshot ??= Object.freeze({
        outcomes: outcomes.slice(),
        dropped: { ...dropped },
        loaded,
        unsaved: unsaved.length,
        unreadable,
      });
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    erase(subject) {
      const before = outcomes.length;
      outcomes = outcomes.filter((o) => o.subject !== subject);
      unsaved = unsaved.filter((o) => o.subject !== subject);
      const removed = before - outcomes.length;
      if (storage) {
        if (!loaded) erasedBeforeLoad.add(subject);
        pendingErasures.add(subject);
        void write();
      }
      if (removed > 0) changed();
      return removed;
    },
    load,
    async flush() {
      if (storage && (unsaved.length > 0 || pendingErasures.size > 0)) await write();
      else await queue;
    },
  };
}
