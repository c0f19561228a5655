/** The privacy center: the choices in force, the consent receipt, and how recommendations work (DSA Art. 27). */
import { messagesFor, PrivacyCenter } from "@candor/preact";
import { regionalLocale } from "../consent.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";

const selectConsent = (s: SessionState) => s.consent;
const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectRegion = (s: SessionState) => s.params.region;
const selectLimit = (s: SessionState) => s.limitSensitive;

/** Everything a shopper may want to know and change, in one place. */
export function PrivacyPage() {
  const session = useShopSession();
  const manager = useSession(selectConsent);
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const region = useSession(selectRegion);
  const limited = useSession(selectLimit);
  const surface = shop?.serving.disclosure.surfaces[0];
  return (
    <>
      <h1 tabIndex={-1}>{messagesFor(locale).privacy.title}</h1>
      <PrivacyCenter
        manager={manager}
        locale={regionalLocale(locale, region)}
        limited={limited}
        onOpenSettings={() => session.setSettingsOpen(true)}
        myDataUrl={href({ page: "my-data" })}
        {...(surface ? { disclosure: surface } : {})}
      />
      {shop && (
        <section aria-labelledby="data-title">
          <h2 id="data-title">The shop behind this demo</h2>
          <p>
            {shop.catalog.items.length.toLocaleString(locale)} products from {shop.catalog.sellers.length}{" "}
            sellers, and {shop.background.shoppers.toLocaleString(locale)} simulated shoppers with{" "}
            {shop.background.events.toLocaleString(locale)} events. Of them,{" "}
            {shop.background.subjects.toLocaleString(locale)} allowed learning from similar shoppers; only
            their {shop.background.interactions.toLocaleString(locale)} interactions feed "shoppers who bought
            this also bought", and only links shared by at least five shoppers are used.
          </p>
        </section>
      )}
    </>
  );
}
