/**
 * The consent manager a page creates: small enough for the first page. It denies every consent purpose at once,
 * checks options and inputs synchronously, and queues choices, while the full manager (the stored record's schema,
 * hash chain and timestamps, the reducer that seals every event) loads with `import()`. Once that manager has read
 * and verified the stored record it replays the queued calls in order, each stamped with the time it was made, and
 * `ready` resolves; from then on every call goes straight to it.
 */
import { randomId } from "../internal/random-id.ts";
import { checkedVia, choicesCheck, inputError, optionsCheck } from "./consent-checks.ts";
import type { ConsentManager, ConsentManagerOptions, ErasureReceipt } from "./consent-manager.ts";
import { ConsentConfigError, ConsentInputError } from "./errors.ts";
import { resolveRegime } from "./jurisdiction.ts";
import { defaultPurposes, gpcTargets, needsConsent } from "./purposes.ts";
import type { ConsentState, ConsentVia, MaybePromise, Purpose, PurposeId } from "./types.ts";
import { bool, label } from "./validate.ts";

/** A call made before the full manager loaded: when, and what to do on it. */
interface Queued {
  readonly at: number;
  readonly run: (manager: ConsentManager) => unknown;
}

/**
 * Creates the consent manager of a page. It has the {@link ConsentManager} API and validates exactly as the full
 * manager does (a {@link ConsentConfigError} for bad options, a {@link ConsentInputError} for a bad choice, thrown
 * before anything is recorded). Until `ready` resolves:
 * - `can()` is `false` for every consent purpose, whatever is stored and whatever the regime (deny by default: a
 *   stored record counts only once its chain is verified), and `getState()` is that denying state (`status: "none"`,
 *   `notice.hash` empty, `subject` empty while a stored record is still unread);
 * - choices (`acceptAll`, `set`, `noticeShown`, …) are queued and return the denying state; they are sealed into
 *   the record, in order and with the time each was made, when the full manager loads, and reach `subscribe`rs then;
 * - `needsPrompt()` is `true` only when the storage holds no record at all, `record()` is `null`, and `erase()`
 *   returns a receipt that is completed when the erasure is applied (after `await manager.flush()`).
 * The full manager loads at once with a dynamic `import()` (a separate chunk, after the page's own code). If that
 * load fails (offline), the manager keeps denying, reports `manager-load` to `onError` and retries on the next call.
 * For a manager that is complete synchronously (Node, servers, tests), use `@candor/core/consent/manager`.
 */
export function createConsentManager(options: ConsentManagerOptions = {}): ConsentManager {
  const invalid = optionsCheck(options);
  if (invalid) throw new ConsentConfigError(...invalid);
  const purposes: readonly Purpose[] = options.purposes ?? defaultPurposes;
  const shopClock = options.clock ?? Date.now;
  const now = () => {
    const t = Math.floor(shopClock());
    return Number.isFinite(t) && t >= 0 ? t : Date.now();
  };
  const report = options.onError ?? (() => {});
  const { storage } = options;
  // One read, replayed to the full manager: a synchronous adapter tells at once whether a record is stored.
  let read: () => MaybePromise<string | null> = () => null;
  if (storage) {
    try {
      const value = storage.get(options.storageKey ?? "candor.consent");
      read = () => value;
    } catch (cause) {
      read = () => {
        throw cause;
      };
    }
  }
  const empty = safeRead(read) === null;
  // While a stored record is unread its subject is unknown; the UI sees the subject change once it is read.
  const subject = empty ? (options.subject ?? randomId("s_")) : "";
  // What the full manager derives without a record (deny by default), less the notice hash it computes.
  const regime = resolveRegime(options.region, options);
  const gpc = options.gpc ?? false;
  const granted: Record<PurposeId, boolean> = {};
  const pending: PurposeId[] = [];
  for (const p of purposes) {
    granted[p.id] = !needsConsent(p);
    if (needsConsent(p)) pending.push(p.id);
  }
  const targets = gpc ? gpcTargets({ purposes, regime }).map((p) => p.id) : [];
  const denying: ConsentState = {
    status: "none",
    subject,
    recordId: "",
    regime,
    minor: options.minor ?? false,
    notice: { id: options.notice?.id ?? "candor-default", version: options.notice?.version ?? "1", hash: "" },
    granted,
    pending,
    lastEventId: null,
    lastEvent: null,
    decidedAt: null,
    expiresAt: null,
    gpc: { detected: gpc, honored: targets.length > 0, purposes: targets, overridden: [], conflicts: [] },
  };
  const listeners = new Set<(state: ConsentState) => void>();
  const queue: Queued[] = [];
  let full: ConsentManager | null = null;
  let replayAt: number | null = null;
  let loading: Promise<void> | null = null;

  const load = (): Promise<void> =>
    (loading ??= import("./consent-manager.ts").then(
      async ({ startConsentManager }) => {
        const manager = startConsentManager(
          // During the replay the full manager's clock reads the time each queued call was made.
          { ...options, clock: () => replayAt ?? shopClock() },
          { ...(empty ? { subject } : {}), read },
        );
        await manager.ready;
        for (const call of queue.splice(0)) {
          replayAt = call.at;
          try {
            call.run(manager);
          } finally {
            replayAt = null;
          }
        }
        full = manager;
        manager.subscribe((state) => {
          for (const listener of listeners) listener(state);
        });
        // Subscribers hear of the load only if it changed what they saw (beyond the notice hash computed now).
        const state = manager.getState();
        if (seen(state) !== seen(denying)) for (const listener of listeners) listener(state);
      },
      (cause: unknown) => {
        loading = null;
        report({
          code: "manager-load",
          message: `the consent manager did not load: ${String(cause)}`,
          cause,
        });
      },
    ));

  /** Runs `run` on the full manager, or queues it and answers with the denying state. */
  const call = (run: (manager: ConsentManager) => ConsentState): ConsentState => {
    if (full) return run(full);
    queue.push({ at: now(), run });
    void load();
    return denying;
  };
  const purposeId = (id: unknown): PurposeId => {
    const problem = label(id);
    if (problem) throw inputError("purpose", problem);
    return id as PurposeId;
  };
  const ready = load();

  return {
    purposes,
    ready,
    getState: () => full?.getState() ?? denying,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    can: (purpose) => (full?.getState() ?? denying).granted[purpose] === true,
    acceptAll(via) {
      const checked = checkedVia(via);
      return call((m) => m.acceptAll(checked));
    },
    rejectAll(via) {
      const checked = checkedVia(via);
      return call((m) => m.rejectAll(checked));
    },
    set(choices, via) {
      const checked = checkedVia(via);
      const problem = choicesCheck(choices);
      if (problem) throw inputError("choices", problem);
      const copy = { ...choices };
      return call((m) => m.set(copy, checked));
    },
    withdraw(purpose, via) {
      const checked = checkedVia(via);
      const id = purpose === undefined ? undefined : purposeId(purpose);
      return call((m) => m.withdraw(id, checked));
    },
    confirmGpcOverride(purpose, via) {
      if (via === undefined) throw new ConsentInputError("via", "required");
      const checked: ConsentVia = checkedVia(via);
      const id = purposeId(purpose);
      return call((m) => m.confirmGpcOverride(id, checked));
    },
    noticeShown(via) {
      const checked = checkedVia(via);
      return call((m) => m.noticeShown(checked));
    },
    applyGpc(signal) {
      const problem = bool(signal);
      if (problem) throw inputError("signal", problem);
      return call((m) => m.applyGpc(signal));
    },
    needsPrompt: () => full?.needsPrompt() ?? empty,
    record: () => full?.record() ?? null,
    erase() {
      if (full) return full.erase();
      const receipt: { -readonly [K in keyof ErasureReceipt]: ErasureReceipt[K] } = {
        subject,
        recordId: "",
        erasedAt: now(),
        events: 0,
      };
      call((m) => {
        Object.assign(receipt, m.erase());
        return denying;
      });
      return receipt;
    },
    async flush() {
      await load();
      await full?.flush();
    },
  };
}

/** What a replayed read gives synchronously: the stored text, `null`, or `undefined` (a promise, or it threw). */
function safeRead(read: () => MaybePromise<string | null>): string | null | undefined {
  try {
    const value = read();
    return typeof value === "string" || value === null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What a subscriber sees of a state, less the notice hash that only the full manager computes. */
function seen(state: ConsentState): string {
  return JSON.stringify({ ...state, notice: [state.notice.id, state.notice.version] });
}
