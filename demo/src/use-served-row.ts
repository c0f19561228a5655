/** Serves a row whenever its inputs change and keeps the newest result (a slower, older serve never overwrites it). */
import { useEffect, useState } from "preact/hooks";
import type { ServedRow } from "./serve.ts";

/** The row served by `serve()` for the current `deps`, or `null` until the first one arrives. */
export function useServedRow(
  serve: () => Promise<ServedRow> | null,
  deps: readonly unknown[],
): ServedRow | null {
  const [served, setServed] = useState<ServedRow | null>(null);
  useEffect(() => {
    let current = true;
    const pending = serve();
    if (pending) void pending.then((row) => current && setServed(row));
    return () => {
      current = false;
    };
  }, deps);
  return served;
}
