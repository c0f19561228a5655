import type { ServedRow } from "./serve.ts";
/** The row served by `serve()` for the current `deps`, or `null` until the first one arrives. */
export declare function useServedRow(serve: () => Promise<ServedRow> | null, deps: readonly unknown[]): ServedRow | null;
