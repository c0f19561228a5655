import type { ConsentEvent, ConsentRecord, ConsentState, Controller, NoticeRef, Purpose, PurposeChoice, PurposeId, Regime } from "./types.ts";
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
/**
 * Whether a purpose is off whatever was chosen: profiling-based advertising and sale/sharing for a known minor
 * outside California (DSA Art. 28(2)); in California a minor may opt in (Civ. Code §1798.120(c)).
 */
export declare function isLocked(purpose: Purpose, context: Pick<ConsentContext, "minor" | "regime">): boolean;
/** The value a purpose takes when the notice is shown under an opt-out regime (CPRA): on unless special or a minor's sale/sharing. */
export declare function optOutDefault(purpose: Purpose, context: Pick<ConsentContext, "minor" | "regime">): boolean;
/** The purposes a GPC signal opts out of: sale/sharing under CPRA-style opt-out, direct-marketing profiling elsewhere (GDPR Art. 21(5)). */
export declare function gpcTargets(context: Pick<ConsentContext, "purposes" | "regime">): Purpose[];
/** Whether a stored choice still covers the purpose as defined now (a widened purpose must be asked again). */
export declare function covers(choice: PurposeChoice | undefined, purpose: Purpose): choice is PurposeChoice;
/** The lapse in force at `now`: a recorded one (the newest event is `expired` or `notice-changed`) or one to record. */
export declare function lapseOf(last: ConsentEvent | undefined, context: Pick<ConsentContext, "notice" | "equivalent" | "regime">, now: number): Lapse | null;
/** The per-purpose map without its grants: what survives a lapse (an opt-out is not undone by time, CPRA §7026(k)). */
export declare function keepRefusals(map: Readonly<Record<PurposeId, PurposeChoice>>): Record<PurposeId, PurposeChoice>;
/**
 * Derives the consent state. No record, a lapsed choice (expired, or made under a changed notice), or a purpose that
 * is new or widened since it was chosen all mean "not granted" (deny by default, GDPR Art. 25); essential purposes
 * are always granted.
 */
export declare function deriveState(record: ConsentRecord | null, context: ConsentContext, now: number, conflicts?: readonly PurposeId[]): ConsentState;
/**
 * The per-purpose map after applying `changes` to `previous` (the newest event's map). Purposes not named keep their
 * value; a change records the purpose's current data categories, so a later widening is detected. Locked purposes
 * stay off. After a lapse every named purpose counts as changed: choosing again is a new act even where it repeats.
 */
export declare function applyChoices(previous: Readonly<Record<PurposeId, PurposeChoice>>, context: Pick<ConsentContext, "purposes" | "minor" | "regime">, changes: Readonly<Record<PurposeId, readonly [boolean, PurposeChoice["source"]]>>, lapsed: boolean): {
    purposes: Record<PurposeId, PurposeChoice>;
    changed: PurposeId[];
};
