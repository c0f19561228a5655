import { type ConsentContext, type Lapse } from "./consent-record.ts";
import type { ConsentRecord, ConsentVia, PurposeId } from "./types.ts";
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
export type ConsentAction = ChoiceAction | (Stamp & {
    readonly type: "notified";
    readonly via: ConsentVia;
}) | (Stamp & {
    readonly type: "gpc-honored";
}) | {
    readonly type: Lapse;
    readonly at: number;
    readonly id: string;
} | {
    readonly type: "loaded";
    readonly record: ConsentRecord;
} | {
    readonly type: "rejected";
    readonly stored: string;
} | {
    readonly type: "signal";
    readonly gpc: boolean;
} | {
    readonly type: "erased";
    readonly subject: string;
};
/**
 * Reduces one action. `fits` tells whether a record's JSON fits the storage; events that do not fit are compacted
 * into the record's checkpoint.
 */
export declare function reduceConsent(state: ConsentMachine, action: ConsentAction, fits?: (json: string) => boolean): ConsentMachine;
