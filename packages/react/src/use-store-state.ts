/** Binds any store with `getState()` and `subscribe()` (a zustand vanilla store, a Candor store) to a React component. */
import { useCallback, useSyncExternalStore } from "react";

/** A store the components can read: the shape of zustand's vanilla stores and of Candor's core stores. */
export interface ReadableStore<T> {
  getState(): T;
  subscribe(listener: () => void): () => void;
}

/**
 * The store's state, or the part `select` picks, re-rendering when it changes (React's `useSyncExternalStore`).
 * `select` must return a stable value for an unchanged state (a field, not a fresh object).
 */
export function useStoreState<T, U = T>(store: ReadableStore<T>, select?: (state: T) => U): U {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(() => onChange()), [store]);
  const snapshot = useCallback(
    () => (select ? select(store.getState()) : (store.getState() as unknown as U)),
    [store, select],
  );
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
