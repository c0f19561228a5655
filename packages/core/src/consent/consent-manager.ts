/** The consent manager: a store over the hash-chained consent record, with the regime's defaults, GPC and storage. */
import { canonicalJson } from "../internal/canonical-json.ts";
import { randomId } from "../internal/random-id.ts";
import { sha256Hex } from "../internal/sha256.ts";
import { checkedVia, choicesCheck, inputError, optionsCheck } from "./consent-checks.ts";
import { type ConsentContext, deriveState } from "./consent-record.ts";
import { type ConsentAction, type ConsentMachine, reduceConsent, type Stamp } from "./consent-reducer.ts";
import { ConsentConfigError, ConsentInputError } from "./errors.ts";
import { resolveRegime } from "./jurisdiction.ts";
import { safeParseConsentRecord } from "./parse-record.ts";
import { defaultPurposes, needsConsent } from "./purposes.ts";
import type {
  ConsentIssue,
  ConsentRecord,
  ConsentState,
  ConsentStorage,
  ConsentVia,
  Controller,
  MaybePromise,
  Purpose,
  PurposeId,
} from "./types.ts";
import { bool, label } from "./validate.ts";

/** Options of {@link createConsentManager}. Invalid or unknown options throw a {@link ConsentConfigError}. */
export interface ConsentManagerOptions {
  /** Region code of the shopper, e.g. `"DE"`, `"US-CA"`; missing or malformed means the strictest regime. */
  readonly region?: string | null;
  /** Pseudonymous subject id; default: a random id, persisted with the first choice. */
  readonly subject?: string;
  /** The purpose catalog; default {@link defaultPurposes}. */
  readonly purposes?: readonly Purpose[];
  /**
   * The privacy notice's id and version (its content hash is computed from the purposes); default `candor-default@1`.
   * A choice made under another version stops counting and the shopper is asked again (GDPR Art. 7(1), 13), unless
   * that version is listed in `equivalent`: earlier versions whose changes the shop judged not material.
   */
  readonly notice?: {
    readonly id: string;
    readonly version: string;
    readonly equivalent?: readonly string[];
  };
  /** The shop, named in records and receipts. */
  readonly controller?: Controller;
  /** Lifetime of a choice in opt-in regimes; default six months, at most thirteen (CNIL délibération 2020-091). */
  readonly lifetimeMs?: number;
  /** Regions outside the EU/EEA/UK/CH and California that the shop runs as opt-out; default none. */
  readonly optOutRegions?: readonly string[];
  /** The shopper is a known minor (DSA Art. 28, Civ. Code §1798.120(c)); default `false`. */
  readonly minor?: boolean;
  /** A Global Privacy Control signal on this visit, from {@link detectGpc} or {@link gpcFromHeaders}. */
  readonly gpc?: boolean;
  /** Where the record is kept; default: memory only. */
  readonly storage?: ConsentStorage;
  /** Storage key of the record; default `"candor.consent"`. */
  readonly storageKey?: string;
  /** Milliseconds since the epoch; default `Date.now`. Fractions are floored; a non-finite or negative time falls back to `Date.now()`. */
  readonly clock?: () => number;
  /** How far a stored event may lie after the clock before the record is not honored; default 5 minutes, at most a day. */
  readonly clockSkewMs?: number;
  /** Receives problems the manager recovered from (unreadable storage, records not honored); never throws at the caller. */
  readonly onError?: (issue: ConsentIssue) => void;
}

/** What {@link ConsentManager.erase} returns: proof of the erasure without the erased data (GDPR Art. 17). */
export interface ErasureReceipt {
  readonly subject: string;
  readonly recordId: string;
  readonly erasedAt: number;
  /** How many consent events were erased (compacted ones included). */
  readonly events: number;
}

/**
 * The consent store. Every change appends exactly one event to the record (after an `expired` or `notice-changed`
 * event when the standing choice lapsed since); a call that changes nothing appends none. Choices validate their
 * input and throw {@link ConsentInputError} before recording anything.
 */
export interface ConsentManager {
  /** The purposes in force, as validated. */
  readonly purposes: readonly Purpose[];
  /**
   * Resolves once the stored record is loaded and verified: at once for the full manager with a synchronous adapter,
   * after an asynchronous adapter's read, and for the page's manager (`@candor/core/consent`) once the full manager
   * has loaded and replayed the calls made before (until then it denies every consent purpose).
   */
  readonly ready: Promise<void>;
  /** The current state: pure, and the same object until something changes (an expiry is derived when read). */
  getState(): ConsentState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /** Whether `purpose` may be processed now: a plain lookup, `false` for unknown purposes (deny by default). */
  can(purpose: PurposeId): boolean;
  /**
   * Grants every consent purpose except special categories, which need their own explicit act (GDPR Art. 9(2)(a)),
   * and those an honored GPC signal opts out of (CPRA regs §7025(c)(3), GDPR Art. 21(5)): see `gpc.conflicts`.
   */
  acceptAll(via?: ConsentVia): ConsentState;
  /** Refuses every consent purpose; as easy as accepting (GDPR Art. 7(3), CPRA §7004). */
  rejectAll(via?: ConsentVia): ConsentState;
  /** Sets the named purposes; unknown ids are reported through `onError` and ignored; GPC-covered grants are held back. */
  set(choices: Readonly<Record<PurposeId, boolean>>, via?: ConsentVia): ConsentState;
  /** Withdraws one purpose, or every consent purpose; effective on the next call (GDPR Art. 7(3)). */
  withdraw(purpose?: PurposeId, via?: ConsentVia): ConsentState;
  /**
   * Grants one purpose that the shopper's GPC signal opts out of, as their separate act after being told that it
   * conflicts with the signal (CPRA regs §7025(c)(3)); recorded with `source: "override"` beside the GPC event.
   * `via` is required and names the conflict notice's control.
   */
  confirmGpcOverride(purpose: PurposeId, via: ConsentVia): ConsentState;
  /** Records that the notice at collection was shown; under opt-out regimes this starts the defaults (CPRA §7012). */
  noticeShown(via?: ConsentVia): ConsentState;
  /** Applies a GPC signal seen after creation (CPRA §7025, GDPR Art. 21(5)). */
  applyGpc(signal: boolean): ConsentState;
  /** Whether the shopper should be asked: no valid choice, expired, notice changed, or a purpose new or widened since. */
  needsPrompt(): boolean;
  /** The subject's consent record (ISO/IEC TS 27560 shape), or `null` before any choice. */
  record(): ConsentRecord | null;
  /** Deletes the stored record and starts afresh; returns proof of the erasure (GDPR Art. 17). */
  erase(): ErasureReceipt;
  /** Resolves when every pending storage write has settled. */
  flush(): Promise<void>;
}

const FIVE_MINUTES_MS = 300_000;
const encoder = new TextEncoder();

/**
 * Creates a consent manager. Validates its options (throwing {@link ConsentConfigError} with the path and reason),
 * then loads the stored record; a record that is unreadable, fails its schema, its hash chain or its timestamps
 * counts as no consent, is reported to `onError`, and stays stored until the shopper's next choice replaces it.
 */
export function createConsentManager(options: ConsentManagerOptions = {}): ConsentManager {
  return startConsentManager(options);
}

/** What the first-page manager hands over when it starts this one (internal to the consent module). */
export interface Handover {
  /** The subject its state showed before loading; used unless a stored record is honored or `subject` is set. */
  readonly subject?: string;
  /** Replays the storage read it made at creation (its value or its error), so the record is read once. */
  readonly read?: () => MaybePromise<string | null>;
}

/** {@link createConsentManager} with what the first-page manager ({@link Handover}) already did. */
export function startConsentManager(options: ConsentManagerOptions, handover: Handover = {}): ConsentManager {
  const invalid = optionsCheck(options);
  if (invalid) throw new ConsentConfigError(...invalid);
  const purposes: readonly Purpose[] = options.purposes ?? defaultPurposes;
  const shopClock = options.clock ?? Date.now;
  // Stored times are whole, non-negative milliseconds, so every event the manager writes reads back.
  const clock = () => {
    const t = Math.floor(shopClock());
    return Number.isFinite(t) && t >= 0 ? t : Date.now();
  };
  const report = options.onError ?? (() => {});
  const { storage } = options;
  const key = options.storageKey ?? "candor.consent";
  const maxBytes = storage?.maxBytes;
  const measure = (text: string) => storage?.measure?.(text) ?? encoder.encode(text).length;
  const fits = maxBytes === undefined ? undefined : (json: string) => measure(json) <= maxBytes;
  const consentPurposes = purposes.filter(needsConsent);
  const context: ConsentContext = {
    purposes,
    // The options were checked: their `lifetimeMs` and `optOutRegions` are the regime's options.
    regime: resolveRegime(options.region, options),
    minor: options.minor ?? false,
    notice: {
      id: options.notice?.id ?? "candor-default",
      version: options.notice?.version ?? "1",
      hash: sha256Hex(canonicalJson(purposes)),
    },
    equivalent: options.notice?.equivalent ?? [],
    subject: options.subject ?? handover.subject ?? randomId("s_"),
    controller: options.controller ?? { name: "the shop" },
    gpc: options.gpc ?? false,
  };
  let machine: ConsentMachine = { record: null, context, rejected: null, conflicts: [] };
  let snapshot = deriveState(null, context, clock());
  const listeners = new Set<(state: ConsentState) => void>();
  const writes = new Set<Promise<unknown>>();
  // Set by the first change, so that a record loading late from an asynchronous adapter does not undo it.
  let touched = false;

  const getState = (): ConsentState => {
    const now = clock();
    if (snapshot.expiresAt !== null && now >= snapshot.expiresAt) {
      snapshot = deriveState(machine.record, machine.context, now, machine.conflicts);
    }
    return snapshot;
  };

  /** The one way state changes: reduce, derive the snapshot, persist a recorded event, notify once. */
  const dispatch = (action: ConsentAction): ConsentState => {
    const before = machine;
    machine = reduceConsent(before, action, fits);
    if (machine.record !== before.record && action.type !== "loaded") {
      touched = true;
      persist(before);
    }
    if (
      machine.record === before.record &&
      machine.context === before.context &&
      machine.conflicts === before.conflicts
    ) {
      return getState();
    }
    snapshot = deriveState(machine.record, machine.context, clock(), machine.conflicts);
    for (const listener of listeners) listener(snapshot);
    return snapshot;
  };

  const persist = (before: ConsentMachine) => {
    const { record, rejected } = machine;
    // A stored record that was not honored is kept until the shopper's own choice replaces it.
    if (!storage || !record || rejected !== null) return;
    if (before.rejected !== null) {
      report({
        code: "record-replaced",
        message: "a new choice replaced a stored record that was not honored",
        stored: before.rejected,
      });
    }
    const text = JSON.stringify(record);
    if (fits && !fits(text)) {
      report({
        code: "storage-write",
        message: `record of ${measure(text)} bytes exceeds maxBytes: removed, not left stale`,
      });
      track(() => storage.remove(key), "storage-write");
      return;
    }
    track(() => storage.set(key, text), "storage-write");
  };

  function track(run: () => unknown, code: ConsentIssue["code"]) {
    try {
      const result = run();
      if (result instanceof Promise) {
        const write = result.catch((cause: unknown) => report({ code, message: String(cause), cause }));
        writes.add(write);
        void write.finally(() => writes.delete(write));
      }
    } catch (cause) {
      report({ code, message: String(cause), cause });
    }
  }

  const load = (raw: string | null) => {
    if (raw === null || touched) return;
    const parsedRecord = safeParseConsentRecord(raw, {
      now: clock(),
      clockSkewMs: options.clockSkewMs ?? FIVE_MINUTES_MS,
    });
    const subject = parsedRecord.ok ? parsedRecord.value.header.subject : null;
    if (parsedRecord.ok && (options.subject === undefined || subject === options.subject)) {
      dispatch({ type: "loaded", record: parsedRecord.value });
      return;
    }
    // Not honored, and kept until the shopper's next choice replaces it (reported then, with these bytes).
    dispatch({ type: "rejected", stored: raw });
    // Another subject's record is simply not this shopper's consent.
    if (!parsedRecord.ok) report(parsedRecord.error);
  };

  const stamp = (): Stamp => ({
    at: clock(),
    id: randomId("ce_"),
    lapseId: randomId("ce_"),
    recordId: randomId("cr_"),
  });

  /** A choice: turning off a granted purpose is a withdrawal (GDPR Art. 7(3)), else any grant is given, else refused. */
  const choose = (changes: Record<PurposeId, boolean>, via: ConsentVia, override?: PurposeId) => {
    const { granted } = getState();
    const entries = Object.entries(changes);
    const type = entries.some(([id, on]) => !on && granted[id])
      ? "withdrawn"
      : entries.some(([, on]) => on)
        ? "given"
        : "refused";
    return dispatch({ type, changes, via, ...(override === undefined ? {} : { override }), ...stamp() });
  };

  /** The consent purpose named `id`, or `undefined` after reporting an unknown id (a catalog may have changed). */
  const known = (id: unknown): Purpose | undefined => {
    const invalidId = label(id);
    if (invalidId) throw inputError("purpose", invalidId);
    const purpose = purposes.find((p) => p.id === id);
    if (!purpose) report({ code: "unknown-purpose", message: `ignored unknown purpose "${id}"` });
    return purpose && needsConsent(purpose) ? purpose : undefined;
  };

  let loading: Promise<void> | null = null;
  if (storage) {
    try {
      const raw = handover.read ? handover.read() : storage.get(key);
      if (typeof raw === "string" || raw === null) load(raw);
      else
        loading = Promise.resolve(raw).then(load, (cause: unknown) =>
          report({ code: "storage-read", message: String(cause), cause }),
        );
    } catch (cause) {
      report({ code: "storage-read", message: String(cause), cause });
    }
  }
  const ready = loading ?? Promise.resolve();
  const honorGpc = () => dispatch({ type: "gpc-honored", ...stamp() });
  // A synchronous adapter has loaded by now; with an asynchronous one the signal is applied after loading.
  if (context.gpc) void (loading ? loading.then(honorGpc) : honorGpc());

  return {
    purposes,
    ready,
    getState,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    can: (purpose) => getState().granted[purpose] === true,
    acceptAll(via) {
      const checked = checkedVia(via);
      const { granted } = getState();
      const changes: Record<PurposeId, boolean> = {};
      // A special category keeps a grant it has and is otherwise refused: only its own act grants it.
      for (const p of consentPurposes) if (!(p.special && granted[p.id])) changes[p.id] = !p.special;
      return choose(changes, checked);
    },
    rejectAll: (via) =>
      choose(Object.fromEntries(consentPurposes.map((p) => [p.id, false])), checkedVia(via)),
    set(choices, via) {
      const checked = checkedVia(via);
      const invalidChoices = choicesCheck(choices);
      if (invalidChoices) throw inputError("choices", invalidChoices);
      const changes: Record<PurposeId, boolean> = {};
      for (const [id, value] of Object.entries(choices)) if (known(id)) changes[id] = value;
      return choose(changes, checked);
    },
    withdraw(purpose, via) {
      const checked = checkedVia(via);
      if (purpose !== undefined && !known(purpose)) return getState();
      const ids = purpose === undefined ? consentPurposes.map((p) => p.id) : [purpose];
      return choose(Object.fromEntries(ids.map((id) => [id, false])), checked);
    },
    confirmGpcOverride(purpose, via) {
      if (via === undefined) throw new ConsentInputError("via", "required");
      const checked = checkedVia(via);
      if (!known(purpose)) return getState();
      return choose({ [purpose]: true }, checked, purpose);
    },
    noticeShown: (via) => dispatch({ type: "notified", via: checkedVia(via), ...stamp() }),
    applyGpc(signal) {
      const invalidSignal = bool(signal);
      if (invalidSignal) throw inputError("signal", invalidSignal);
      return signal ? honorGpc() : dispatch({ type: "signal", gpc: false });
    },
    needsPrompt() {
      const state = getState();
      return state.status !== "decided" || state.pending.length > 0;
    },
    record: () => machine.record,
    erase() {
      const { record } = machine;
      const receipt: ErasureReceipt = {
        subject: machine.context.subject,
        recordId: record?.header.recordId ?? "",
        erasedAt: clock(),
        events: (record?.events.length ?? 0) + (record?.checkpoint?.events ?? 0),
      };
      touched = true;
      dispatch({ type: "erased", subject: options.subject ?? randomId("s_") });
      if (storage) track(() => storage.remove(key), "storage-write");
      return receipt;
    },
    flush: async () => {
      await ready;
      while (writes.size > 0) await Promise.all(writes);
    },
  };
}
