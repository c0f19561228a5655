/** Binds a consent manager's state to a Preact component. */
import type { ConsentManager, ConsentState } from "@candor/core/consent";
import { useCallback } from "preact/hooks";
import { useSyncExternalStore } from "./use-store.ts";

/** The manager's current consent state; re-renders on every change. */
export function useConsent(manager: ConsentManager): ConsentState {
  const subscribe = useCallback((onChange: () => void) => manager.subscribe(onChange), [manager]);
  return useSyncExternalStore(subscribe, manager.getState);
}
