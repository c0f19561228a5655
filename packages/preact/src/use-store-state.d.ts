/** A store the components can read: the shape of zustand's vanilla stores and of Candor's core stores. */
export interface ReadableStore<T> {
    getState(): T;
    subscribe(listener: () => void): () => void;
}
/**
 * The store's state, or the part `select` picks, re-rendering when it changes (compared with `Object.is`).
 * `select` must return a stable value for an unchanged state (a field, not a fresh object).
 */
export declare function useStoreState<T, U = T>(store: ReadableStore<T>, select?: (state: T) => U): U;
