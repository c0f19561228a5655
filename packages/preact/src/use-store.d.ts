/** Subscribes a component to an external store and re-renders when its snapshot changes. */
export declare function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T): T;
