import type { ConsentManager } from "../consent/consent-manager.ts";
import type { PurposeId } from "../consent/types.ts";
import { type Cleared, type PurposeStorage } from "./clear-storage.ts";
import { type PlaceholderLabels } from "./placeholder.ts";
/** A problem the gate recovered from, reported through `onError`. */
export interface GateIssue {
    readonly code: "unknown-purpose" | "no-purpose";
    readonly message: string;
    readonly element: Element;
}
/** What a withdrawal undid, and what it could not. */
export interface WithdrawalReport {
    /** The purposes no longer in effect. */
    readonly purposes: readonly PurposeId[];
    /** The declared cookies and storage keys that were removed. */
    readonly cleared: Cleared;
    /** Scripts that already ran and keep running until the page reloads (their `src`, or `inline script #n`). */
    readonly reload: readonly string[];
    /** Embeds that were unloaded (their `src`). */
    readonly unloaded: readonly string[];
}
/** The gate's state. */
export interface GateState {
    /** How many activations happened (each gated element counts once per grant; a script once per page). */
    readonly activations: number;
    /** Gated elements still waiting for their purposes. */
    readonly blocked: number;
    /** Scripts that ran under a purpose since withdrawn: reload the page to stop them. */
    readonly reloadNeeded: readonly string[];
}
/** Options of {@link createGate}. Invalid options throw an `AdapterConfigError`. */
export interface GateOptions {
    /** The subtree to gate; default `document`. Elements added later are gated too. */
    readonly root?: Document | Element;
    /** What each purpose stores on the device, cleared when it is withdrawn (ePrivacy Art. 5(3), GDPR Art. 7(3)). */
    readonly storage?: {
        readonly [purpose: PurposeId]: PurposeStorage;
    };
    /** Show a placeholder with a one-purpose opt-in in place of blocked iframes, videos and other embeds; default `true`. */
    readonly placeholders?: boolean;
    /** Placeholder words; default English. */
    readonly labels?: PlaceholderLabels;
    /** Locale of the purpose titles in placeholders; default `"en"`. */
    readonly locale?: string;
    /** Called after every withdrawal that undid or left anything. */
    readonly onWithdraw?: (report: WithdrawalReport) => void;
    /** Receives problems the gate recovered from (an element naming an unknown purpose stays blocked). */
    readonly onError?: (issue: GateIssue) => void;
}
/** What {@link createGate} returns: a small store. */
export interface Gate {
    /** The current state; the same object until something changes. */
    getState(): GateState;
    /** Calls `listener` after every change; returns the unsubscribe function. */
    subscribe(listener: (state: GateState) => void): () => void;
    /** Gates elements added outside the observed root, or re-checks after a manual change. */
    scan(): void;
    /** Stops observing the page and the manager; activated elements stay as they are. */
    destroy(): void;
}
/**
 * Gates every element with `data-candor-purpose="id [id…]"` under `root`: `<script type="text/plain">` (with `src` or
 * inline), and iframes, images and other elements with `data-candor-src`/`data-candor-srcset`. Each is activated once
 * its purposes are all in effect, never before: a script runs once per page, an embed loads once per grant and is
 * unloaded on withdrawal. Withdrawal clears the purpose's declared cookies and storage and reports the scripts that
 * need a reload.
 */
export declare function createGate(manager: ConsentManager, options?: GateOptions): Gate;
