/** The consent record's reducer and the state derived from it: pure functions of record, catalog, regime and time. */
import { needsConsent } from "./purposes.ts";
import type {
  ConsentEvent,
  ConsentRecord,
  ConsentState,
  NoticeRef,
  Purpose,
  PurposeChoice,
  PurposeId,
  Regime,
} from "./types.ts";

/** Everything besides the record that the state depends on. */
export interface ConsentContext {
  readonly purposes: readonly Purpose[];
  readonly regime: Regime;
  readonly minor: boolean;
  readonly notice: NoticeRef;
  readonly subject: string;
  /** Whether a Global Privacy Control signal is present on this visit. */
  readonly gpc: boolean;
}

/**
 * The consent reducer: appends one event to the record (creating nothing else).
 * Events must not go back in time; a late event is stamped with the previous event's time.
 */
export function reduceRecord(record: ConsentRecord, event: ConsentEvent): ConsentRecord {
  const last = record.events.at(-1);
  const at = last && event.at < last.at ? last.at : event.at;
  return { ...record, events: [...record.events, at === event.at ? event : { ...event, at }] };
}

/**
 * Whether a purpose is off whatever was chosen: profiling-based advertising and sale/sharing for a known minor
 * outside California (DSA Art. 28(2)); in California a minor may opt in (Civ. Code §1798.120(c)).
 */
export function isLocked(purpose: Purpose, context: Pick<ConsentContext, "minor" | "regime">): boolean {
  return context.minor && purpose.saleOrSharing === true && context.regime.id !== "cpra";
}

/** The value a purpose takes when the notice is shown under an opt-out regime (CPRA): on unless special or a minor's sale/sharing. */
export function optOutDefault(purpose: Purpose, context: Pick<ConsentContext, "minor" | "regime">): boolean {
  if (purpose.special || isLocked(purpose, context)) return false;
  return !(context.minor && purpose.saleOrSharing);
}

/** The purposes a GPC signal opts out of: sale/sharing under CPRA-style opt-out, direct-marketing profiling elsewhere (GDPR Art. 21(5)). */
export function gpcTargets(context: Pick<ConsentContext, "purposes" | "regime">): Purpose[] {
  const optOut = context.regime.model === "opt-out";
  return context.purposes.filter(
    (p) => needsConsent(p) && (optOut ? p.saleOrSharing === true : p.directMarketing === true),
  );
}

/** Whether a stored choice still covers the purpose as defined now (a widened purpose must be asked again). */
function covers(choice: PurposeChoice | undefined, purpose: Purpose): choice is PurposeChoice {
  return choice !== undefined && purpose.dataCategories.every((c) => choice.dataCategories.includes(c));
}

/**
 * Derives the consent state. No record, an expired one, or a purpose that is new or widened since it was chosen
 * all mean "not granted" (deny by default, GDPR Art. 25); essential purposes are always granted.
 */
export function deriveState(
  record: ConsentRecord | null,
  context: ConsentContext,
  now: number,
): ConsentState {
  const last = record?.events.at(-1);
  const decidedAt = last?.at ?? null;
  const expiresAt = decidedAt === null ? null : decidedAt + context.regime.lifetimeMs;
  const expired = last !== undefined && (last.type === "expired" || (expiresAt !== null && now >= expiresAt));
  const granted: Record<PurposeId, boolean> = {};
  const pending: PurposeId[] = [];
  for (const purpose of context.purposes) {
    if (!needsConsent(purpose)) {
      granted[purpose.id] = true;
      continue;
    }
    const choice = last?.purposes[purpose.id];
    if (expired || !covers(choice, purpose)) {
      granted[purpose.id] = false;
      pending.push(purpose.id);
      continue;
    }
    granted[purpose.id] = choice.granted && !isLocked(purpose, context);
  }
  const targets = gpcTargets(context);
  const gpcApplied = record?.events.some((e) => e.type === "gpc-honored") ?? false;
  return {
    status: last === undefined ? "none" : expired ? "expired" : "decided",
    subject: record?.header.subject ?? context.subject,
    recordId: record?.header.recordId ?? "",
    regime: context.regime,
    minor: context.minor,
    notice: context.notice,
    granted,
    pending,
    lastEventId: last?.id ?? null,
    decidedAt,
    expiresAt: expired ? null : expiresAt,
    gpc: {
      detected: context.gpc,
      honored:
        context.gpc && gpcApplied && targets.length > 0 && targets.every((p) => granted[p.id] !== true),
    },
  };
}

/**
 * The per-purpose map after applying `changes` to `previous` (the newest event's map). Purposes not named keep their
 * value; a change records the purpose's current data categories, so a later widening is detected. Locked purposes
 * stay off.
 */
export function applyChoices(
  previous: Readonly<Record<PurposeId, PurposeChoice>>,
  context: Pick<ConsentContext, "purposes" | "minor" | "regime">,
  changes: Readonly<Record<PurposeId, boolean>>,
  source: PurposeChoice["source"],
): { purposes: Record<PurposeId, PurposeChoice>; changed: PurposeId[] } {
  const purposes: Record<PurposeId, PurposeChoice> = { ...previous };
  const changed: PurposeId[] = [];
  for (const purpose of context.purposes) {
    const wanted = changes[purpose.id];
    if (wanted === undefined || !needsConsent(purpose)) continue;
    const value = wanted && !isLocked(purpose, context);
    const before = previous[purpose.id];
    if (!covers(before, purpose) || before.granted !== value || before.source !== source)
      changed.push(purpose.id);
    purposes[purpose.id] = { granted: value, dataCategories: [...purpose.dataCategories], source };
  }
  return { purposes, changed };
}
