/** My data: export everything as JSON, or erase it with confirmation and a receipt. */
import { MyData } from "@candor/preact";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectConsent = (s: SessionState) => s.consent;
const selectLocale = (s: SessionState) => s.params.locale;

/** Binds `MyData` to the shop: the vault, the consent record, the explanation log and the shared statistics. */
export function MyDataPage() {
  const session = useShopSession();
  const shop = useSession(selectShop);
  const consent = useSession(selectConsent);
  const locale = useSession(selectLocale);
  return (
    <>
      <h1 tabIndex={-1}>My data</h1>
      {shop ? (
        <MyData
          vault={shop.vault}
          manager={consent}
          locale={locale}
          explanations={(subject) => shop.audit.explanationsOf(subject)}
          onErase={(subject) => {
            const forgotten = shop.serving.forget(subject);
            return [
              forgotten ? "shared statistics (learning from similar shoppers)" : "no shared statistics held",
              "recommendation settings and dismissals of this visit",
            ];
          }}
          onErased={() => session.erased()}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
