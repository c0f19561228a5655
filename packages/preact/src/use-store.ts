/** A local `useSyncExternalStore` for Preact without `preact/compat` (after TanStack Query's preact binding). */
import { useEffect, useLayoutEffect, useState } from "preact/hooks";

interface Instance<T> {
  value: T;
  getSnapshot: () => T;
}

const changed = <T>(inst: Instance<T>): boolean => !Object.is(inst.value, inst.getSnapshot());

/** Subscribes a component to an external store and re-renders when its snapshot changes. */
export function useSyncExternalStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
): T {
  const value = getSnapshot();
  const [{ inst }, forceUpdate] = useState<{ inst: Instance<T> }>({ inst: { value, getSnapshot } });
  useLayoutEffect(() => {
    inst.value = value;
    inst.getSnapshot = getSnapshot;
    if (changed(inst)) forceUpdate({ inst });
  }, [subscribe, value, getSnapshot]);
  useEffect(() => {
    if (changed(inst)) forceUpdate({ inst });
    return subscribe(() => {
      if (changed(inst)) forceUpdate({ inst });
    });
  }, [subscribe]);
  return value;
}
