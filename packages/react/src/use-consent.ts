/** Binds a consent manager's state to a React component. */
import type { ConsentManager, ConsentState } from "@candor/core/consent";
import { useCallback, useSyncExternalStore } from "react";

/** The manager's current consent state; re-renders on every change (server rendering reads the same state). */
export function useConsent(manager: ConsentManager): ConsentState {
  const subscribe = useCallback((onChange: () => void) => manager.subscribe(onChange), [manager]);
  return useSyncExternalStore(subscribe, manager.getState, manager.getState);
}
