/** What a page shows while the shop is generated. */
import type { SessionState } from "../session.ts";
import { useSession } from "../use-session.ts";
import { useShopMessages } from "../use-shop-messages.ts";

const selectError = (s: SessionState) => s.loadError;

/** A polite status while the catalog and the recommender are prepared. */
export function Loading() {
  const error = useSession(selectError);
  const t = useShopMessages().loading;
  return (
    <p class="shop-loading" role="status">
      {error ? t.failed(error) : t.preparing}
    </p>
  );
}
