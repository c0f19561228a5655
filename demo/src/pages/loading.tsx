/** What a page shows while the shop is generated. */
import type { SessionState } from "../session.ts";
import { useSession } from "../use-session.ts";

const selectError = (s: SessionState) => s.loadError;

/** A polite status while the catalog and the recommender are prepared. */
export function Loading() {
  const error = useSession(selectError);
  return (
    <p class="shop-loading" role="status">
      {error ? `The shop could not be prepared: ${error}` : "Preparing the shop…"}
    </p>
  );
}
