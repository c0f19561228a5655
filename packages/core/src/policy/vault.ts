/** The purpose-bound personal-data vault: an append-only per-subject event store and the only door to its data. */

import * as z from "zod/mini";
import { createStore } from "zustand/vanilla";
import type { ConsentRecord } from "../consent/types.ts";
import { ConfigError, InputError, StorageError } from "../internal/candor-error.ts";
import { canonicalJson } from "../internal/canonical-json.ts";
import { randomId } from "../internal/random-id.ts";
import { type Result, safeAsync } from "../internal/result.ts";
import { sha256Hex } from "../internal/sha256.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import { defaultPolicy } from "./create-policy.ts";
import {
  contextCategory,
  interactionCategory,
  specialCategoriesOf,
  UNCLASSIFIED_SPECIAL,
} from "./data-categories.ts";
import { type Grants, grantedCategories, isConsentState } from "./granted-categories.ts";
import { memoryVaultStorage } from "./memory-vault-storage.ts";
import { safeParseShopperEvent } from "./shopper-event.ts";
import { createSignalIndex } from "./signal-index.ts";
import type {
  AppendOutcome,
  DataCategoryId,
  DerivedData,
  EventContext,
  HideEvent,
  HideMarker,
  InteractionEvent,
  InteractionType,
  Policy,
  PolicyConsent,
  PolicyDecision,
  PurposeId,
  SignalView,
  StoredEvent,
  StoredSlot,
  SubjectExport,
  VaultErasureReceipt,
  VaultIssue,
  VaultRecord,
  VaultStorage,
  ViewEvent,
} from "./types.ts";
import { safeParseVaultRecord } from "./vault-record.ts";

/** Options of {@link createVault}; invalid options throw {@link ConfigError}. */
export interface VaultOptions {
  /** Purposes, request families and special categories; default {@link defaultPolicy}. Must match the consent manager's catalog. */
  readonly policy?: Policy;
  /** Where records live; default {@link memoryVaultStorage}. */
  readonly storage?: VaultStorage;
  /** The item's special-category tags (a product's `sensitive` field), added to the tags on the event. Default none. */
  readonly sensitiveTags?: (item: string) => readonly string[] | undefined;
  /** Milliseconds since the epoch, stamped as `collectedAt`; default `Date.now`. */
  readonly clock?: () => number;
  /** The subject's consent record for `export` (e.g. `() => manager.record()`); a record of another subject is left out. */
  readonly consentRecord?: (subject: string) => ConsentRecord | null | Promise<ConsentRecord | null>;
  /** The explanations served to the subject, for `export`; default none (until the audit log exists). */
  readonly explanations?: (subject: string) => readonly unknown[] | Promise<readonly unknown[]>;
  /** Receives problems the vault recovered from (corrupted records, failed reads, malformed decisions). */
  readonly onError?: (issue: VaultIssue) => void;
}

/** What the vault holds, as a snapshot: the UI re-reads views when `version` changes. */
export interface VaultState {
  /** Whether stored records have been loaded. */
  readonly ready: boolean;
  /** Increases with every stored record and every erasure. */
  readonly version: number;
  /** Readable records in the index (events and hide markers of every subject). */
  readonly records: number;
}

/** The vault. Reads are synchronous over an in-memory index; storage is written first, then indexed. */
export interface Vault {
  /** The current snapshot; the same object until something changes. */
  getState(): VaultState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: VaultState) => void): () => void;
  /** Resolves once stored records are loaded (corrupted ones skipped and reported); it never rejects. */
  readonly ready: Promise<void>;
  /**
   * Validates and stores one event with the purposes that allow collecting it under `consent` now
   * (GDPR Art. 5(1)(b)–(c), 6(1)(a), 25). An event of a category no granted purpose allows is not stored and the
   * outcome says why; context fields whose category is not allowed are stripped. `hide_from_history` removes one
   * event (or every event about one item) from use. Rejects with {@link InputError} naming the field, or
   * {@link StorageError}; nothing half-written becomes readable.
   */
  append(event: unknown, consent: PolicyConsent): Promise<AppendOutcome>;
  /** {@link Vault.append} that resolves to a result instead of rejecting. */
  safeAppend(
    event: unknown,
    consent: PolicyConsent,
  ): Promise<Result<AppendOutcome, InputError | StorageError>>;
  /**
   * The only read-only view of personal data the recommender gets: exactly the subject's events whose categories
   * are all allowed by `decision` now, minus hidden ones, with context stripped to what is allowed now, so a
   * withdrawal hides past data on the next call (GDPR Art. 7(3)). Empty for non-profiling decisions, unknown
   * subjects and malformed decisions (reported). Cached per subject, allowed categories and version.
   */
  view(decision: PolicyDecision): SignalView;
  /** The subject's data as JSON (GDPR Art. 15, 20): consent record, events with purposes, derived data, explanations. */
  export(
    subject: string,
    extras?: { readonly consentRecord?: ConsentRecord | null; readonly explanations?: readonly unknown[] },
  ): Promise<SubjectExport>;
  /** Erases the subject's records, derived data and caches, in memory and storage (GDPR Art. 17(1)); returns a receipt. */
  erase(subject: string): Promise<VaultErasureReceipt>;
  /** Resolves when every operation so far has settled. */
  flush(): Promise<void>;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");
const optionsSchema = z.strictObject({
  policy: z.optional(
    z.custom<Policy>(
      (v) => typeof v === "object" && v !== null && Array.isArray((v as Policy).specialCategories),
      "must be a policy from createPolicy",
    ),
  ),
  storage: z.optional(
    z.custom<VaultStorage>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        ["append", "readAll", "erase"].every(
          (k) => typeof (v as unknown as Record<string, unknown>)[k] === "function",
        ),
      "must have append, readAll and erase functions",
    ),
  ),
  sensitiveTags: z.optional(fn),
  clock: z.optional(fn),
  consentRecord: z.optional(fn),
  explanations: z.optional(fn),
  onError: z.optional(fn),
});

const CONTEXT_FIELDS = Object.keys(contextCategory) as (keyof EventContext)[];
const EMPTY_EVENTS: readonly ViewEvent[] = Object.freeze([]);
const EMPTY_CATEGORIES: readonly DataCategoryId[] = Object.freeze([]);

/** Grants of one consent state, with the mask of allowed categories and the purposes per event mask. */
interface CollectionGrants extends Grants {
  readonly mask: number;
  readonly purposes: Map<number, readonly PurposeId[]>;
}

/** Creates a vault; validates its options (throwing {@link ConfigError}) and starts loading its storage. */
export function createVault(options: VaultOptions = {}): Vault {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const { path, reason } = firstIssue(parsed.error, options);
    throw new ConfigError(path, reason);
  }
  const policy = options.policy ?? defaultPolicy;
  const storage = options.storage ?? memoryVaultStorage();
  const clock = options.clock ?? Date.now;
  const allPurposes = policy.purposes.map((p) => p.id);
  const signals = createSignalIndex(policy.specialCategories);
  const grantsCache = new WeakMap<object, CollectionGrants>();
  const idPrefix = `ev_${randomId().slice(0, 12)}`;
  let sequence = 0;
  const nextId = () => `${idPrefix}${(sequence++).toString(36)}`;

  const report = (issue: VaultIssue) => {
    try {
      options.onError?.(issue);
    } catch {
      // A failing reporter must not break the vault.
    }
  };

  /** Special categories of an event; a failing lookup counts as an unclassified special category (deny by default). */
  const lookupSpecials = (
    item: string | undefined,
    tags: readonly string[] = [],
  ): readonly DataCategoryId[] => {
    let all = tags;
    if (item !== undefined && options.sensitiveTags) {
      try {
        const found = options.sensitiveTags(item);
        if (found && found.length > 0) all = [...tags, ...found];
      } catch (cause) {
        report({ code: "tag-lookup", message: `sensitiveTags("${item}") failed`, cause });
        all = [...tags, UNCLASSIFIED_SPECIAL];
      }
    }
    if (all.length === 0) return NO_CATEGORIES;
    return specialCategoriesOf(all, policy.sensitiveTags);
  };

  const store = createStore<VaultState>()(() => ({ ready: false, version: 0, records: 0 }));
  const changed = (delta: number) =>
    store.setState((s) => ({ version: s.version + 1, records: s.records + delta }));

  let loaded = 0;
  const ready = (async () => {
    let slots: readonly StoredSlot[];
    try {
      slots = await storage.readAll();
    } catch (cause) {
      report({
        code: "storage-read",
        message: `could not read the vault's storage: ${String(cause)}`,
        cause,
      });
      return;
    }
    const seen = new Set<string>();
    for (const slot of slots) {
      if (!slot.ok) {
        report({ code: "corrupted-record", message: slot.reason, location: slot.location });
        continue;
      }
      const result = safeParseVaultRecord(slot.value);
      if (!result.ok) {
        const message = `invalid record at "${result.error.path}": ${result.error.reason}`;
        report({ code: "corrupted-record", message, location: slot.location });
        continue;
      }
      const record = result.value;
      // The catalog may have tagged the item as sensitive since: its special categories apply to old events too.
      if (seen.has(record.id)) {
        const message = `duplicate record id "${record.id}"`;
        report({ code: "corrupted-record", message, location: slot.location });
        continue;
      }
      seen.add(record.id);
      signals.add(record, record.type === "hide_from_history" ? [] : lookupSpecials(record.item));
      loaded++;
    }
  })().finally(() =>
    store.setState((s) => ({ ready: true, version: s.version + 1, records: s.records + loaded })),
  );

  // Operations run one after another; appends issued in the same tick share one storage write.
  let chain: Promise<unknown> = ready;
  let open: { records: VaultRecord[]; done: Promise<void> } | null = null;

  /** Queues a record; it is indexed (becomes readable) only after storage has taken its whole batch. */
  const write = (record: VaultRecord): Promise<void> => {
    if (!open) {
      const batch = { records: [] as VaultRecord[], done: Promise.resolve() };
      batch.done = chain.then(async () => {
        if (open === batch) open = null;
        await storage.append(batch.records);
        for (const r of batch.records) signals.add(r);
        changed(batch.records.length);
      });
      chain = batch.done.catch(() => {});
      open = batch;
    }
    open.records.push(record);
    return open.done;
  };

  const run = <T>(operation: () => Promise<T>): Promise<T> => {
    open = null;
    const result = chain.then(operation);
    chain = result.catch(() => {});
    return result;
  };

  const grantsFor = (consent: PolicyConsent): CollectionGrants => {
    let grants = grantsCache.get(consent);
    if (!grants) {
      const granted = grantedCategories(consent, allPurposes, policy);
      grants = { ...granted, mask: signals.maskOf([...granted.allowed.keys()]), purposes: new Map() };
      grantsCache.set(consent, grants);
    }
    return grants;
  };

  const refuse = (
    reason: "not-allowed" | "subject-mismatch" | "unknown-event",
    message: string,
    categories: readonly DataCategoryId[] = [],
  ): Promise<AppendOutcome> =>
    Promise.resolve(
      Object.freeze({ stored: false, reason, categories: Object.freeze([...categories]), message }),
    );

  const stored = (record: VaultRecord, stripped: readonly (keyof EventContext)[]): Promise<AppendOutcome> =>
    write(record).then(
      () => ({ stored: true, record, stripped }),
      (cause: unknown) => {
        throw new StorageError("vault", "append", cause, { subject: record.subject });
      },
    );

  const appendHide = (event: HideEvent): Promise<AppendOutcome> => {
    const known =
      event.eventId !== undefined
        ? signals.hasEvent(event.subject, event.eventId)
        : signals.hasItem(event.subject, event.item as string);
    if (!known) {
      return refuse(
        "unknown-event",
        `no stored event of this subject matches "${event.eventId ?? event.item}"`,
      );
    }
    const marker: Record<string, unknown> = {
      v: 1,
      id: nextId(),
      subject: event.subject,
      type: event.type,
      at: event.at,
    };
    if (event.eventId !== undefined) marker.eventId = event.eventId;
    else marker.item = event.item;
    marker.collectedAt = clock();
    return stored(Object.freeze(marker) as unknown as HideMarker, NOTHING_STRIPPED);
  };

  const appendInteraction = (event: InteractionEvent, consent: PolicyConsent): Promise<AppendOutcome> => {
    const grants = grantsFor(consent);
    const own = interactionCategory[event.type];
    const special = lookupSpecials("item" in event ? event.item : undefined, event.sensitive);
    let mask = signals.bit(own);
    for (const category of special) mask |= signals.bit(category);
    if ((mask & ~grants.mask) !== 0) {
      const missing = [own, ...special].filter((c) => !grants.allowed.has(c));
      return refuse(
        "not-allowed",
        `not stored: no granted purpose allows ${missing.join(", ")} (GDPR Art. 5(1)(b), Art. 25)`,
        missing,
      );
    }
    let context: Record<string, unknown> | undefined;
    let stripped: (keyof EventContext)[] | undefined;
    if (event.context) {
      for (const field of CONTEXT_FIELDS) {
        const value = event.context[field];
        if (value === undefined) continue;
        const b = signals.bit(contextCategory[field]);
        if ((b & grants.mask) !== 0) {
          context ??= {};
          context[field] = value;
          mask |= b;
        } else {
          stripped ??= [];
          stripped.push(field);
        }
      }
    }
    let purposes = grants.purposes.get(mask);
    if (!purposes) {
      const categories = signals.categoriesOf(mask);
      purposes = Object.freeze(
        allPurposes.filter((id) => categories.some((c) => grants.allowed.get(c)?.includes(id))),
      );
      grants.purposes.set(mask, purposes);
    }
    const record: Record<string, unknown> = { v: 1, id: nextId(), subject: event.subject, type: event.type };
    if (event.type === "search") record.query = event.query;
    else record.item = event.item;
    if (event.type === "rating") record.rating = event.rating;
    record.at = event.at;
    if (event.session !== undefined) record.session = event.session;
    if (context) record.context = Object.freeze(context);
    record.categories = signals.categoriesOf(mask);
    record.purposes = purposes;
    record.special = (mask & signals.specialMask) !== 0;
    record.consentEventId = consent.lastEventId;
    record.collectedAt = clock();
    return stored(
      Object.freeze(record) as unknown as StoredEvent,
      stripped ? Object.freeze(stripped) : NOTHING_STRIPPED,
    );
  };

  const append = (input: unknown, consent: PolicyConsent): Promise<AppendOutcome> => {
    const parsed = safeParseShopperEvent(input);
    if (!parsed.ok) return Promise.reject(parsed.error);
    const event = parsed.value;
    if (!isConsentState(consent) || consent.subject !== event.subject) {
      return refuse("subject-mismatch", "the consent state is not this subject's");
    }
    return event.type === "hide_from_history" ? appendHide(event) : appendInteraction(event, consent);
  };

  const view = (decision: PolicyDecision): SignalView => {
    if (!isDecision(decision)) {
      report({
        code: "invalid-decision",
        message: "view() needs a decision from decide(); returned an empty view",
      });
      const subject =
        typeof (decision as { subject?: unknown } | null)?.subject === "string" ? decision.subject : "";
      return Object.freeze({
        subject,
        mode: "non_profiling",
        allowed: EMPTY_CATEGORIES,
        collaborative: false,
        events: EMPTY_EVENTS,
      });
    }
    const personalized = decision.mode === "personalized";
    return Object.freeze({
      subject: decision.subject,
      mode: decision.mode,
      allowed: personalized ? decision.allowed : EMPTY_CATEGORIES,
      collaborative: personalized && decision.collaborative === true,
      events: personalized
        ? signals.events(decision.subject, signals.maskOf(decision.allowed))
        : EMPTY_EVENTS,
    });
  };

  const exportSubject: Vault["export"] = (subject, extras = {}) =>
    run(async () => {
      let consentRecord = extras.consentRecord ?? null;
      if (extras.consentRecord === undefined && options.consentRecord)
        consentRecord = await options.consentRecord(subject);
      if (consentRecord?.header.subject !== subject) consentRecord = null;
      const explanations =
        extras.explanations ?? (options.explanations ? await options.explanations(subject) : []);
      const slots = signals.slots(subject);
      return {
        schema: "candor.subject-export/1",
        subject,
        exportedAt: clock(),
        consentRecord,
        events: slots.map((slot) => ({ ...slot.record, hidden: slot.hidden })),
        hideRequests: signals.records(subject).filter((r): r is HideMarker => r.type === "hide_from_history"),
        derived: derive(slots.filter((slot) => !slot.hidden).map((slot) => slot.full)),
        explanations: [...explanations],
      };
    });

  const erase: Vault["erase"] = (subject) =>
    run(async () => {
      const records = signals.remove(subject);
      changed(-records.length);
      const digest = await sha256(canonicalJson(records));
      let storageRecords: number;
      try {
        storageRecords = await storage.erase(subject);
      } catch (cause) {
        throw new StorageError("vault", "erase", cause, { subject: subject });
      }
      return Object.freeze({
        schema: "candor.erasure-receipt/1",
        subject,
        erasedAt: clock(),
        events: records.filter((r) => r.type !== "hide_from_history").length,
        hideRequests: records.filter((r) => r.type === "hide_from_history").length,
        storageRecords,
        derived: Object.freeze(["derived data", "signal views"]),
        digest: `sha256:${digest}`,
      });
    });

  return {
    getState: store.getState,
    subscribe: (listener) => store.subscribe((state) => listener(state)),
    ready,
    append,
    safeAppend: safeAsync(append, InputError, StorageError),
    view,
    export: exportSubject,
    erase,
    flush: () => run(async () => {}),
  };
}

const NOTHING_STRIPPED: readonly (keyof EventContext)[] = Object.freeze([]);
const NO_CATEGORIES: DataCategoryId[] = [];

function derive(events: readonly ViewEvent[]): DerivedData {
  const countsByCategory: Record<DataCategoryId, number> = {};
  const countsByType: Partial<Record<InteractionType, number>> = {};
  let first: number | null = null;
  let last: number | null = null;
  for (const event of events) {
    for (const category of event.categories)
      countsByCategory[category] = (countsByCategory[category] ?? 0) + 1;
    countsByType[event.type] = (countsByType[event.type] ?? 0) + 1;
    first = first === null ? event.at : Math.min(first, event.at);
    last = last === null ? event.at : Math.max(last, event.at);
  }
  return { countsByCategory, countsByType, firstEventAt: first, lastEventAt: last };
}

async function sha256(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(text);
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function isDecision(decision: PolicyDecision): boolean {
  return (
    typeof decision === "object" &&
    decision !== null &&
    typeof decision.subject === "string" &&
    (decision.mode === "personalized" || decision.mode === "non_profiling") &&
    Array.isArray(decision.allowed)
  );
}
