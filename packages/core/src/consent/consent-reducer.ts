/**
 * The consent reducer: every change of the manager is one action of an explicit union, reduced purely. Actions that
 * record something append exactly one event (after the lapse event a pending expiry or notice change calls for).
 */
import { compact, sealEvent } from "./consent-chain.ts";
import {
  applyChoices,
  type ConsentContext,
  covers,
  deriveState,
  keepRefusals,
  type Lapse,
  lapseOf,
  optOutDefault,
} from "./consent-record.ts";
import { gpcTargets, needsConsent } from "./purposes.ts";
import type { ConsentEvent, ConsentRecord, ConsentVia, PurposeChoice, PurposeId } from "./types.ts";

/** The manager's whole state: the record, what it is read against, and what the UI is told about the last call. */
export interface ConsentMachine {
  readonly record: ConsentRecord | null;
  readonly context: ConsentContext;
  /** The stored text of a record that was not honored; it is not overwritten before the shopper's next choice. */
  readonly rejected: string | null;
  /** GPC purposes the latest choice asked to grant and that stayed off (`ConsentState.gpc.conflicts`). */
  readonly conflicts: readonly PurposeId[];
}

/** When an action happens and the ids it may need: its event, a lapse event before it, and a new record. */
export interface Stamp {
  readonly at: number;
  readonly id: string;
  readonly lapseId: string;
  readonly recordId: string;
}

/** A choice by the shopper (or the shop on their behalf); `override` names a purpose granted despite GPC. */
export interface ChoiceAction extends Stamp {
  readonly type: "given" | "refused" | "withdrawn";
  readonly changes: Readonly<Record<PurposeId, boolean>>;
  readonly via: ConsentVia;
  readonly override?: PurposeId;
}

/** Every action of the consent manager. */
export type ConsentAction =
  | ChoiceAction
  | (Stamp & { readonly type: "notified"; readonly via: ConsentVia })
  | (Stamp & { readonly type: "gpc-honored" })
  | { readonly type: Lapse; readonly at: number; readonly id: string }
  | { readonly type: "loaded"; readonly record: ConsentRecord }
  | { readonly type: "rejected"; readonly stored: string }
  | { readonly type: "signal"; readonly gpc: boolean }
  | { readonly type: "erased"; readonly subject: string };

const GPC_VIA: ConsentVia = { kind: "gpc", control: "Sec-GPC" };

/**
 * Reduces one action. `fits` tells whether a record's JSON fits the storage; events that do not fit are compacted
 * into the record's checkpoint.
 */
export function reduceConsent(
  state: ConsentMachine,
  action: ConsentAction,
  fits: (json: string) => boolean = () => true,
): ConsentMachine {
  const { context } = state;
  switch (action.type) {
    case "loaded":
      return {
        ...state,
        record: action.record,
        context: { ...context, subject: action.record.header.subject },
      };
    case "rejected":
      return { ...state, rejected: action.stored };
    case "signal":
      return { ...state, context: { ...context, gpc: action.gpc }, conflicts: [] };
    case "erased":
      return {
        ...state,
        record: null,
        rejected: null,
        conflicts: [],
        context: { ...context, subject: action.subject },
      };
    case "expired":
    case "notice-changed": {
      const last = state.record?.events.at(-1);
      if (!state.record || !last) return state;
      const purposes = keepRefusals(last.purposes);
      const changed = Object.keys(last.purposes).filter((id) => last.purposes[id]?.granted);
      const via: ConsentVia = { kind: "system", control: action.type === "expired" ? "lifetime" : "notice" };
      return { ...state, record: append(state, action, action.type, purposes, changed, via, "", fits) };
    }
    default:
      return recordAction(state, action, fits);
  }
}

/** A recording action: applies a pending lapse first, then the action's changes; the same state when nothing changes. */
function recordAction(
  state: ConsentMachine,
  action: ChoiceAction | (Stamp & { type: "notified"; via: ConsentVia }) | (Stamp & { type: "gpc-honored" }),
  fits: (json: string) => boolean,
): ConsentMachine {
  const gpc = action.type === "gpc-honored" || state.context.gpc;
  const context: ConsentContext = { ...state.context, gpc };
  const recorded = state.record?.events.at(-1);
  const lapse = lapseOf(recorded, context, action.at);
  const base =
    lapse !== null && lapse !== recorded?.type
      ? reduceConsent(state, { type: lapse, at: action.at, id: action.lapseId }, fits)
      : state;
  const last = base.record?.events.at(-1);
  const lapsed = lapse !== null;
  const previous = last?.purposes ?? {};
  const targets = gpc ? gpcTargets(context) : [];
  const held = new Set(targets.map((p) => p.id));
  const changes: Record<PurposeId, readonly [boolean, PurposeChoice["source"]]> = {};
  const conflicts: PurposeId[] = [];
  let via: ConsentVia = GPC_VIA;
  if (action.type === "gpc-honored") {
    for (const purpose of targets) {
      const choice = previous[purpose.id];
      // Already off, or granted by the shopper's override after the conflict notice (CPRA regs §7025(c)(3)): stands.
      if (covers(choice, purpose) && (!choice.granted || choice.source === "override")) continue;
      changes[purpose.id] = [false, "gpc"];
    }
  } else if (action.type === "notified") {
    via = action.via;
    if (context.regime.model === "opt-out") {
      const { pending } = deriveState(base.record, context, action.at);
      for (const purpose of context.purposes) {
        if (!pending.includes(purpose.id)) continue;
        // An earlier refusal survives a new notice: an opt-out is not undone by asking again (CPRA §7026(k)).
        const on = previous[purpose.id]?.granted !== false && optOutDefault(purpose, context);
        changes[purpose.id] = held.has(purpose.id) ? [false, "gpc"] : [on, "default"];
      }
    }
  } else {
    via = action.via;
    for (const [id, wanted] of Object.entries(action.changes)) {
      const override = action.override === id && held.has(id);
      if (wanted && held.has(id) && !override) {
        // Held back by the signal, and told to the UI; a purpose already off is left as it is.
        conflicts.push(id);
        if (lapsed || previous[id]?.granted !== false) changes[id] = [false, "gpc"];
      } else changes[id] = [wanted, override ? "override" : "choice"];
    }
  }
  const { purposes, changed } = applyChoices(previous, context, changes, lapsed);
  if (changed.length === 0) {
    if (gpc === state.context.gpc && conflicts.length === 0 && state.conflicts.length === 0) return state;
    return { ...state, context, conflicts };
  }
  return {
    ...state,
    context,
    conflicts,
    record: append(base, action, action.type, purposes, changed, via, action.recordId, fits),
    rejected: action.type === "gpc-honored" || action.type === "notified" ? state.rejected : null,
  };
}

/** The record with one sealed event appended (a new record for the first), compacted to fit. */
function append(
  state: ConsentMachine,
  stamp: { readonly at: number; readonly id: string },
  type: ConsentEvent["type"],
  purposes: ConsentEvent["purposes"],
  changed: readonly PurposeId[],
  via: ConsentVia,
  recordId: string,
  fits: (json: string) => boolean,
): ConsentRecord {
  const { context } = state;
  const before = state.record;
  const last = before?.events.at(-1);
  const event = sealEvent({
    id: stamp.id,
    // Events never go back in time: a clock that went back is stamped with the previous event's time.
    at: last && stamp.at < last.at ? last.at : stamp.at,
    type,
    purposes: Object.fromEntries(
      Object.entries(purposes).filter(([id]) => context.purposes.some((p) => p.id === id && needsConsent(p))),
    ),
    changed: [...changed],
    via,
    notice: context.notice,
    regime: context.regime.id,
    region: context.regime.region,
    prev: before?.head ?? null,
  });
  const record: ConsentRecord = before
    ? {
        ...before,
        processing: { ...before.processing, notice: context.notice },
        events: [...before.events, event],
        head: event.hash,
      }
    : {
        header: {
          schema: "candor.consent-record/2",
          recordId,
          subject: context.subject,
          createdAt: event.at,
        },
        parties: { controller: context.controller },
        processing: { notice: context.notice, jurisdiction: context.regime.region, minor: context.minor },
        checkpoint: null,
        events: [event],
        head: event.hash,
      };
  return compact(record, fits);
}
