/** The auditor's page (`#/audit`), loaded on demand: the explanation log with verification, charts and exports. */
import { regionalLocale } from "../consent.ts";
import type { SessionState } from "../session.ts";
import { useSession } from "../use-session.ts";
import { useShopMessages } from "../use-shop-messages.ts";
import { AuditView } from "./audit-view.tsx";
import { Loading } from "./loading.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => regionalLocale(s.params.locale, s.params.region);

/** The page; its module is a separate chunk, fetched when an auditor opens `#/audit`. */
export function AuditPage() {
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const t = useShopMessages();
  return (
    <>
      <h1 tabIndex={-1}>{t.titles.audit}</h1>
      {shop ? <AuditView shop={shop} locale={locale} /> : <Loading />}
    </>
  );
}
