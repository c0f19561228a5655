/** Binds a consent manager's state to a Preact component. */
import type { ConsentManager, ConsentState } from "@candor/core/consent";
/** The manager's current consent state; re-renders on every change. */
export declare function useConsent(manager: ConsentManager): ConsentState;
