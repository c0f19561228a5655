/** The consent manager: a small store over the consent record, with the regime's defaults, GPC and storage. */
import { createStore } from "zustand/vanilla";
import { canonicalJson } from "../internal/canonical-json.ts";
import { randomId } from "../internal/random-id.ts";
import { sha256Hex } from "../internal/sha256.ts";
import {
  applyChoices,
  type ConsentContext,
  deriveState,
  gpcTargets,
  optOutDefault,
  reduceRecord,
} from "./consent-record.ts";
import { ConsentConfigError } from "./errors.ts";
import { resolveRegime, THIRTEEN_MONTHS_MS } from "./jurisdiction.ts";
import { defaultPurposes, needsConsent } from "./purposes.ts";
import { type ConsentReceipt, toConsentReceipt } from "./receipt.ts";
import { firstIssue, optionsSchema, recordSchema } from "./schemas.ts";
import type {
  ConsentEventType,
  ConsentIssue,
  ConsentRecord,
  ConsentState,
  ConsentStorage,
  ConsentVia,
  Controller,
  Purpose,
  PurposeChoice,
  PurposeId,
} from "./types.ts";

/** Options of {@link createConsentManager}. Invalid options throw a {@link ConsentConfigError}. */
export interface ConsentManagerOptions {
  /** Region code of the shopper, e.g. `"DE"`, `"US-CA"`; missing or malformed means the strictest regime. */
  readonly region?: string | null;
  /** Pseudonymous subject id; default: a random id, persisted with the first choice. */
  readonly subject?: string;
  /** The purpose catalog; default {@link defaultPurposes}. */
  readonly purposes?: readonly Purpose[];
  /** The privacy notice's id and version; its content hash is computed from the purposes. Default `candor-default@1`. */
  readonly notice?: { readonly id: string; readonly version: string };
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
  /** Milliseconds since the epoch; default `Date.now`. */
  readonly clock?: () => number;
  /** Receives problems the manager recovered from (unreadable storage, invalid records); never throws at the caller. */
  readonly onError?: (issue: ConsentIssue) => void;
}

/** What {@link ConsentManager.erase} returns: proof of the erasure without the erased data (GDPR Art. 17). */
export interface ErasureReceipt {
  readonly subject: string;
  readonly recordId: string;
  readonly erasedAt: number;
  /** How many consent events were erased. */
  readonly events: number;
}

/** The consent store. Every change appends exactly one event to the record; a call that changes nothing appends none. */
export interface ConsentManager {
  /** The purposes in force, as validated. */
  readonly purposes: readonly Purpose[];
  /** Resolves once an asynchronous storage adapter has loaded the record (at once for synchronous ones). */
  readonly ready: Promise<void>;
  /** The current state; the same object until something changes. */
  getState(): ConsentState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /** Whether `purpose` may be processed now: a plain lookup, `false` for unknown purposes (deny by default). */
  can(purpose: PurposeId): boolean;
  /** Grants every consent purpose except special categories, which need their own explicit act (GDPR Art. 9(2)(a)). */
  acceptAll(via?: ConsentVia): ConsentState;
  /** Refuses every consent purpose; as easy as accepting (GDPR Art. 7(3), CPRA §7004). */
  rejectAll(via?: ConsentVia): ConsentState;
  /** Sets the named purposes; unknown ids are reported through `onError` and ignored. */
  set(choices: Readonly<Record<PurposeId, boolean>>, via?: ConsentVia): ConsentState;
  /** Withdraws one purpose, or every consent purpose; effective on the next call (GDPR Art. 7(3)). */
  withdraw(purpose?: PurposeId, via?: ConsentVia): ConsentState;
  /** Records that the notice at collection was shown; under opt-out regimes this starts the defaults (CPRA §7012). */
  noticeShown(via?: ConsentVia): ConsentState;
  /** Applies a GPC signal seen after creation (CPRA §7025, GDPR Art. 21(5)). */
  applyGpc(signal: boolean): ConsentState;
  /** Whether the shopper should be asked: no valid choice, expired, or a purpose new or widened since. */
  needsPrompt(): boolean;
  /** The subject's consent record (ISO/IEC TS 27560 shape), or `null` before any choice. */
  record(): ConsentRecord | null;
  /** A Kantara Consent Receipt v1.1 of the standing choice, or `null` before any choice. */
  receipt(locale?: string): ConsentReceipt | null;
  /** Deletes the stored record and starts afresh; returns proof of the erasure (GDPR Art. 17). */
  erase(): ErasureReceipt;
  /** Resolves when every pending storage write has settled. */
  flush(): Promise<void>;
}

const API: ConsentVia = { kind: "api" };

/**
 * Creates a consent manager. Validates its options (throwing {@link ConsentConfigError} with the path and reason),
 * then loads the stored record; an unreadable or invalid record counts as no consent and is reported to `onError`.
 */
export function createConsentManager(options: ConsentManagerOptions = {}): ConsentManager {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new ConsentConfigError(...firstIssue(parsed.error));
  const purposes: readonly Purpose[] = options.purposes ?? defaultPurposes;
  checkPurposes(purposes);
  if (options.lifetimeMs !== undefined && options.lifetimeMs > THIRTEEN_MONTHS_MS) {
    throw new ConsentConfigError("lifetimeMs", "must be at most 13 months (CNIL délibération 2020-091)");
  }
  const clock = options.clock ?? Date.now;
  const report = options.onError ?? (() => {});
  const storage = options.storage;
  const key = options.storageKey ?? "candor.consent";
  const controller = options.controller ?? { name: "the shop" };
  const notice = {
    id: options.notice?.id ?? "candor-default",
    version: options.notice?.version ?? "1",
    hash: sha256Hex(canonicalJson(purposes)),
  };
  let context: ConsentContext = {
    purposes,
    regime: resolveRegime(options.region, {
      ...(options.optOutRegions ? { optOutRegions: options.optOutRegions } : {}),
      ...(options.lifetimeMs === undefined ? {} : { lifetimeMs: options.lifetimeMs }),
    }),
    minor: options.minor ?? false,
    notice,
    subject: options.subject ?? randomId("s_"),
    gpc: options.gpc ?? false,
  };
  const consentPurposes = purposes.filter(needsConsent);
  let record: ConsentRecord | null = null;
  let touched = false;
  const writes = new Set<Promise<unknown>>();
  const store = createStore<ConsentState>()(() => deriveState(null, context, clock()));

  const refresh = () => store.setState(deriveState(record, context, clock()), true);

  const persist = () => {
    if (!storage) return;
    track(
      () => (record ? storage.set(key, serialize(record, storage.maxBytes)) : storage.remove(key)),
      "storage-write",
    );
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
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (cause) {
      report({ code: "invalid-record", message: "stored consent record is not JSON", cause });
      return;
    }
    const result = recordSchema.safeParse(value);
    if (!result.success) {
      const [path, reason] = firstIssue(result.error);
      report({ code: "invalid-record", message: `stored consent record is invalid at "${path}": ${reason}` });
      return;
    }
    const loaded = result.data as ConsentRecord;
    if (options.subject !== undefined && loaded.header.subject !== options.subject) return;
    record = loaded;
    context = { ...context, subject: loaded.header.subject };
    refresh();
  };

  /** Appends one event for `changes` unless it would change nothing; returns the new state. */
  const commit = (
    changes: Readonly<Record<PurposeId, boolean>>,
    source: PurposeChoice["source"],
    via: ConsentVia,
    forcedType?: ConsentEventType,
  ): ConsentState => {
    const before = current();
    const expired = before.status === "expired";
    const previous = record?.events.at(-1)?.purposes ?? {};
    const base = expired ? keepRefusals(previous) : previous;
    const { purposes: next, changed: diff } = applyChoices(base, context, changes, source);
    const changed = expired
      ? consentPurposes.filter((p) => changes[p.id] !== undefined).map((p) => p.id)
      : diff;
    if (changed.length === 0) return before;
    const type =
      forcedType ??
      (changed.some((id) => before.granted[id] && !next[id]?.granted)
        ? "withdrawn"
        : changed.some((id) => next[id]?.granted)
          ? "given"
          : "refused");
    const now = clock();
    touched = true;
    record = reduceRecord(record ?? newRecord(now), {
      id: randomId("ce_"),
      at: now,
      type,
      purposes: next,
      changed,
      via,
      notice,
      regime: context.regime.id,
      region: context.regime.region,
    });
    refresh();
    persist();
    return store.getState();
  };

  const newRecord = (now: number): ConsentRecord => ({
    header: {
      schema: "candor.consent-record/1",
      recordId: randomId("cr_"),
      subject: context.subject,
      createdAt: now,
    },
    parties: { controller },
    processing: { notice, jurisdiction: context.regime.region, minor: context.minor },
    events: [],
  });

  /** The state, after recording an expiry that happened since the last look (expired consent is no consent). */
  const current = (): ConsentState => {
    const state = store.getState();
    if (state.expiresAt === null || clock() < state.expiresAt || !record) return state;
    const last = record.events.at(-1);
    touched = true;
    record = reduceRecord(record, {
      id: randomId("ce_"),
      at: clock(),
      type: "expired",
      purposes: last?.purposes ?? {},
      changed: Object.keys(last?.purposes ?? {}),
      via: { kind: "system", control: "lifetime" },
      notice,
      regime: context.regime.id,
      region: context.regime.region,
    });
    refresh();
    persist();
    return store.getState();
  };

  const applyGpc = (signal: boolean): ConsentState => {
    context = { ...context, gpc: signal };
    refresh();
    if (!signal) return store.getState();
    const last = record?.events.at(-1);
    const honoredBefore = record?.events.some((e) => e.type === "gpc-honored") ?? false;
    const changes: Record<PurposeId, boolean> = {};
    for (const purpose of gpcTargets(context)) {
      const choice = last?.purposes[purpose.id];
      // An explicit choice made after GPC was honored stands (CPRA §7025(c)(3)); anything else is opted out.
      if (honoredBefore && (choice?.source === "choice" || (choice && !choice.granted))) continue;
      changes[purpose.id] = false;
    }
    return commit(changes, "gpc", { kind: "gpc", control: "Sec-GPC" }, "gpc-honored");
  };

  let loading: Promise<void> | null = null;
  if (storage) {
    try {
      const raw = storage.get(key);
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
  // A synchronous adapter has loaded by now; with an asynchronous one the signal is applied after loading.
  if (context.gpc) void (loading ? loading.then(() => applyGpc(true)) : applyGpc(true));

  return {
    purposes,
    ready,
    getState: current,
    subscribe: (listener) => store.subscribe((state) => listener(state)),
    can: (purpose) => current().granted[purpose] === true,
    acceptAll: (via = API) =>
      commit(Object.fromEntries(consentPurposes.map((p) => [p.id, !p.special])), "choice", via),
    rejectAll: (via = API) =>
      commit(Object.fromEntries(consentPurposes.map((p) => [p.id, false])), "choice", via),
    set(choices, via = API) {
      const known: Record<PurposeId, boolean> = {};
      for (const [id, value] of Object.entries(choices)) {
        const purpose = purposes.find((p) => p.id === id);
        if (!purpose || typeof value !== "boolean") {
          report({
            code: "unknown-purpose",
            message: `ignored choice for unknown purpose or non-boolean value "${id}"`,
          });
        } else if (needsConsent(purpose)) known[id] = value;
      }
      return commit(known, "choice", via);
    },
    withdraw: (purpose, via = API) =>
      commit(
        Object.fromEntries(
          consentPurposes.filter((p) => purpose === undefined || p.id === purpose).map((p) => [p.id, false]),
        ),
        "choice",
        via,
        "withdrawn",
      ),
    noticeShown(via = API) {
      const state = current();
      if (context.regime.model !== "opt-out" || state.pending.length === 0) return state;
      const previous = record?.events.at(-1)?.purposes ?? {};
      const defaults: Record<PurposeId, boolean> = {};
      for (const purpose of consentPurposes) {
        if (!state.pending.includes(purpose.id)) continue;
        // An earlier refusal survives a new notice: an opt-out is not undone by asking again (CPRA §7026(k)).
        defaults[purpose.id] =
          previous[purpose.id]?.granted === false ? false : optOutDefault(purpose, context);
      }
      return commit(defaults, "default", via, "notified");
    },
    applyGpc,
    needsPrompt: () => {
      const state = current();
      return state.status !== "decided" || state.pending.length > 0;
    },
    record: () => {
      current();
      return record;
    },
    receipt: (locale = "en") => {
      const state = current();
      return record ? toConsentReceipt(record, state, purposes, locale) : null;
    },
    erase() {
      const receipt: ErasureReceipt = {
        subject: context.subject,
        recordId: record?.header.recordId ?? "",
        erasedAt: clock(),
        events: record?.events.length ?? 0,
      };
      record = null;
      touched = true;
      if (options.subject === undefined) context = { ...context, subject: randomId("s_") };
      if (storage) track(() => storage.remove(key), "storage-write");
      refresh();
      return receipt;
    },
    flush: async () => {
      await ready;
      while (writes.size > 0) await Promise.all(writes);
    },
  };
}

function keepRefusals(map: Readonly<Record<PurposeId, PurposeChoice>>): Record<PurposeId, PurposeChoice> {
  return Object.fromEntries(Object.entries(map).filter(([, choice]) => !choice.granted));
}

function checkPurposes(purposes: readonly Purpose[]) {
  const seen = new Set<string>();
  purposes.forEach((purpose, index) => {
    if (seen.has(purpose.id))
      throw new ConsentConfigError(`purposes.${index}.id`, `duplicate purpose "${purpose.id}"`);
    seen.add(purpose.id);
    if (purpose.special && purpose.basis !== "explicit-consent") {
      throw new ConsentConfigError(
        `purposes.${index}.basis`,
        'a special-category purpose needs "explicit-consent" (GDPR Art. 9(2)(a))',
      );
    }
  });
}

/** JSON of the record, dropping the oldest events while it is larger than `maxBytes` (the newest event alone is the state). */
function serialize(record: ConsentRecord, maxBytes?: number): string {
  let text = JSON.stringify(record);
  if (maxBytes === undefined) return text;
  let events = record.events;
  while (events.length > 1 && new TextEncoder().encode(text).length > maxBytes) {
    events = events.slice(1);
    text = JSON.stringify({ ...record, events });
  }
  return text;
}
