/** What the consent state is, derived from the record: pure functions of record, catalog, regime, notice and time. */
import { gpcTargets, isLocked, needsConsent } from "./purposes.ts";
import type {
  ConsentEvent,
  ConsentRecord,
  ConsentState,
  Controller,
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
  /** Earlier versions of the same notice whose choices still count (the change was not material). */
  readonly equivalent: readonly string[];
  readonly subject: string;
  readonly controller: Controller;
  /** Whether a Global Privacy Control signal is present on this visit. */
  readonly gpc: boolean;
}

/** Why a recorded choice stopped counting: its lifetime passed, or it was made under another notice. */
export type Lapse = "expired" | "notice-changed";

/** The value a purpose takes when the notice is shown under an opt-out regime (CPRA): on unless special or a minor's sale/sharing. */
export function optOutDefault(purpose: Purpose, context: Pick<ConsentContext, "minor" | "regime">): boolean {
  return !purpose.special && !(context.minor && purpose.saleOrSharing);
}

/** Whether a stored choice still covers the purpose as defined now (a widened purpose must be asked again). */
export function covers(choice: PurposeChoice | undefined, purpose: Purpose): choice is PurposeChoice {
  return choice !== undefined && purpose.dataCategories.every((c) => choice.dataCategories.includes(c));
}

/** Whether an event's notice is the one in force, or a version of it the shop marked as equivalent. */
function sameNotice(notice: NoticeRef, context: Pick<ConsentContext, "notice" | "equivalent">): boolean {
  return (
    notice.id === context.notice.id &&
    (notice.version === context.notice.version || context.equivalent.includes(notice.version))
  );
}

/** The lapse in force at `now`: a recorded one (the newest event is `expired` or `notice-changed`) or one to record. */
export function lapseOf(
  last: ConsentEvent | undefined,
  context: Pick<ConsentContext, "notice" | "equivalent" | "regime">,
  now: number,
): Lapse | null {
  if (last === undefined) return null;
  if (last.type === "expired" || last.type === "notice-changed") return last.type;
  if (!sameNotice(last.notice, context)) return "notice-changed";
  return now >= last.at + context.regime.lifetimeMs ? "expired" : null;
}

/** The per-purpose map without its grants: what survives a lapse (an opt-out is not undone by time, CPRA §7026(k)). */
export function keepRefusals(
  map: Readonly<Record<PurposeId, PurposeChoice>>,
): Record<PurposeId, PurposeChoice> {
  return Object.fromEntries(Object.entries(map).filter(([, choice]) => !choice.granted));
}

/**
 * Derives the consent state. No record, a lapsed choice (expired, or made under a changed notice), or a purpose that
 * is new or widened since it was chosen all mean "not granted" (deny by default, GDPR Art. 25); essential purposes
 * are always granted.
 */
export function deriveState(
  record: ConsentRecord | null,
  context: ConsentContext,
  now: number,
  conflicts: readonly PurposeId[] = [],
): ConsentState {
  const last = record?.events.at(-1);
  const lapse = lapseOf(last, context, now);
  const granted: Record<PurposeId, boolean> = {};
  const pending: PurposeId[] = [];
  for (const purpose of context.purposes) {
    if (!needsConsent(purpose)) {
      granted[purpose.id] = true;
      continue;
    }
    const choice = last?.purposes[purpose.id];
    if (lapse !== null || !covers(choice, purpose)) {
      granted[purpose.id] = false;
      pending.push(purpose.id);
      continue;
    }
    granted[purpose.id] = choice.granted && !isLocked(purpose, context);
  }
  const targets = context.gpc ? gpcTargets(context).map((p) => p.id) : [];
  const overridden = targets.filter((id) => granted[id] && last?.purposes[id]?.source === "override");
  const decidedAt = last === undefined || lapse !== null ? null : last.at;
  return {
    status: last === undefined ? "none" : (lapse ?? "decided"),
    subject: record?.header.subject ?? context.subject,
    recordId: record?.header.recordId ?? "",
    regime: context.regime,
    minor: context.minor,
    notice: context.notice,
    granted,
    pending,
    lastEventId: last?.id ?? null,
    lastEvent: last ?? null,
    decidedAt,
    expiresAt: decidedAt === null ? null : decidedAt + context.regime.lifetimeMs,
    gpc: {
      detected: context.gpc,
      honored: targets.length > 0 && targets.every((id) => !granted[id] || overridden.includes(id)),
      purposes: targets,
      overridden,
      conflicts,
    },
  };
}

/**
 * The per-purpose map after applying `changes` to `previous` (the newest event's map). Purposes not named keep their
 * value; a change records the purpose's current data categories, so a later widening is detected. Locked purposes
 * stay off. After a lapse every named purpose counts as changed: choosing again is a new act even where it repeats.
 */
export function applyChoices(
  previous: Readonly<Record<PurposeId, PurposeChoice>>,
  context: Pick<ConsentContext, "purposes" | "minor" | "regime">,
  changes: Readonly<Record<PurposeId, readonly [boolean, PurposeChoice["source"]]>>,
  lapsed: boolean,
): { purposes: Record<PurposeId, PurposeChoice>; changed: PurposeId[] } {
  const purposes: Record<PurposeId, PurposeChoice> = { ...previous };
  const changed: PurposeId[] = [];
  for (const purpose of context.purposes) {
    const change = changes[purpose.id];
    if (change === undefined || !needsConsent(purpose)) continue;
    const [wanted, source] = change;
    const granted = wanted && !isLocked(purpose, context);
    const before = previous[purpose.id];
    if (lapsed || !covers(before, purpose) || before.granted !== granted || before.source !== source)
      changed.push(purpose.id);
    purposes[purpose.id] = { granted, dataCategories: [...purpose.dataCategories], source };
  }
  return { purposes, changed };
}
