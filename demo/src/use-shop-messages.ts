/** The shop shell's texts in the shopper's language, for components. */
import type { SessionState } from "./session.ts";
import { type ShopMessages, shopMessages } from "./shop-messages.ts";
import { useSession } from "./use-session.ts";

const selectLocale = (s: SessionState) => s.params.locale;

/** The texts of the session's language (English until its chunk has loaded; the entry renders again then). */
export function useShopMessages(): ShopMessages {
  return shopMessages(useSession(selectLocale));
}
