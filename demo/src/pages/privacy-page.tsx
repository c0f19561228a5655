/** The privacy center: the choices in force, the consent receipt, and how recommendations work (DSA Art. 27). */
import { formatMessage, PrivacyCenter, privacyTexts } from "@candor/preact";
import { regionalLocale } from "../consent.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";

const selectConsent = (s: SessionState) => s.consent;
const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectRegion = (s: SessionState) => s.params.region;
const selectLimit = (s: SessionState) => s.limitSensitive;

/** The demo's own data, per UI language. */
const ABOUT: Readonly<Record<string, { readonly title: string; readonly text: string }>> = {
  en: {
    title: "The shop behind this demo",
    text: '{products} products from {sellers} sellers, and {shoppers} simulated shoppers with {events} events. Of them, {subjects} allowed learning from similar shoppers; only their {interactions} interactions feed "shoppers who bought this also bought", and only links shared by at least five shoppers are used.',
  },
  de: {
    title: "Der Shop hinter dieser Demo",
    text: "{products} Produkte von {sellers} Händlern und {shoppers} simulierte Kunden mit {events} Ereignissen. Davon haben {subjects} das Lernen von ähnlichen Kunden erlaubt; nur ihre {interactions} Interaktionen speisen „Kunden kauften auch“, und nur Verbindungen, die mindestens fünf Kunden teilen, werden genutzt.",
  },
  fr: {
    title: "La boutique derrière cette démo",
    text: "{products} produits de {sellers} vendeurs, et {shoppers} clients simulés avec {events} événements. Parmi eux, {subjects} ont autorisé l'apprentissage à partir de clients similaires ; seules leurs {interactions} interactions alimentent « les clients ont aussi acheté », et seuls les liens partagés par au moins cinq clients sont utilisés.",
  },
  es: {
    title: "La tienda detrás de esta demo",
    text: "{products} productos de {sellers} vendedores y {shoppers} clientes simulados con {events} eventos. De ellos, {subjects} permitieron aprender de clientes similares; solo sus {interactions} interacciones alimentan «los clientes también compraron», y solo se usan vínculos compartidos por al menos cinco clientes.",
  },
};

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
      <h1 tabIndex={-1}>{privacyTexts(locale).title}</h1>
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
          <h2 id="data-title">{(ABOUT[locale.split("-")[0] ?? "en"] ?? ABOUT.en)?.title}</h2>
          <p>
            {formatMessage((ABOUT[locale.split("-")[0] ?? "en"] ?? ABOUT.en)?.text ?? "", {
              products: shop.catalog.items.length.toLocaleString(locale),
              sellers: shop.catalog.sellers.length.toLocaleString(locale),
              shoppers: shop.background.shoppers.toLocaleString(locale),
              events: shop.background.events.toLocaleString(locale),
              subjects: shop.background.subjects.toLocaleString(locale),
              interactions: shop.background.interactions.toLocaleString(locale),
            })}
          </p>
        </section>
      )}
    </>
  );
}
