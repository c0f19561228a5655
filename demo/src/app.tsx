/** The storefront's shell: header, demo controls, the routed page, footer and the consent UI. */
import type { ConsentManager } from "@candor/core/consent";
import { ConsentBanner, PrivacySettings, type ReadableStore, useStoreState } from "@candor/preact";
import { useEffect, useRef } from "preact/hooks";
import { ControlBar } from "./components/control-bar.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { CartPage } from "./pages/cart-page.tsx";
import { CategoryPage } from "./pages/category-page.tsx";
import { CheckoutPage } from "./pages/checkout-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { LazyAuditPage } from "./pages/lazy-audit-page.tsx";
import { MyDataPage } from "./pages/my-data-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { PrivacyPage } from "./pages/privacy-page.tsx";
import { ProductPage } from "./pages/product-page.tsx";
import { SearchPage } from "./pages/search-page.tsx";
import { href, type Route } from "./router.ts";
import type { SessionState, ShopSession } from "./session.ts";
import { shopMessages } from "./shop-messages.ts";
import { SessionContext } from "./use-session.ts";

const keys = new WeakMap<ConsentManager, number>();
let managers = 0;
/** A key per consent manager, so the consent UI starts afresh when the demo controls replace the manager. */
const keyOf = (manager: ConsentManager): number => {
  const known = keys.get(manager);
  if (known !== undefined) return known;
  keys.set(manager, ++managers);
  return managers;
};

const selectConsent = (s: SessionState) => s.consent;
const selectSettingsOpen = (s: SessionState) => s.settingsOpen;
const selectLocale = (s: SessionState) => s.params.locale;

function page(route: Route) {
  switch (route.page) {
    case "home":
      return <HomePage />;
    case "category":
      return <CategoryPage id={route.id} />;
    case "product":
      return <ProductPage id={route.id} />;
    case "search":
      return <SearchPage query={route.query} />;
    case "cart":
      return <CartPage />;
    case "checkout":
      return <CheckoutPage />;
    case "privacy":
      return <PrivacyPage />;
    case "my-data":
      return <MyDataPage />;
    case "audit":
      return <LazyAuditPage />;
    default:
      return <NotFoundPage path={route.path} />;
  }
}

/** The storefront. */
export function App({ session, routes }: { session: ShopSession; routes: ReadableStore<Route> }) {
  const route = useStoreState(routes);
  const consent = useStoreState(session.store, selectConsent);
  const settingsOpen = useStoreState(session.store, selectSettingsOpen);
  const locale = useStoreState(session.store, selectLocale);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new page: move focus to its heading, as a full page load would reset it (WCAG 2.4.3).
    scrollTo(0, 0);
    setTimeout(() => document.querySelector<HTMLElement>("main h1")?.focus(), 0);
  }, [route]);
  // The texts object changes when the language's chunk arrives, so the title follows it.
  const titles = shopMessages(locale).titles;
  useEffect(() => {
    document.title = `${titles[route.page]} · Candor Demo Shop`;
  }, [route, titles]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const key = keyOf(consent);
  return (
    <SessionContext.Provider value={session}>
      {/* First in the page, so keyboard focus reaches the privacy choices before the shop (WCAG 2.4.3). */}
      <ConsentBanner
        key={key}
        manager={consent}
        locale={locale}
        onCustomize={() => session.setSettingsOpen(true)}
        privacyPolicyUrl={href({ page: "privacy" })}
        onLimitSensitive={() => session.setLimitSensitive(true)}
      />
      <SiteHeader route={route} />
      <ControlBar />
      <main id="main" class="shop-main" tabIndex={-1}>
        {page(route)}
      </main>
      <SiteFooter />
      {settingsOpen && (
        <PrivacySettings
          key={key}
          manager={consent}
          locale={locale}
          onClose={() => session.setSettingsOpen(false)}
        />
      )}
    </SessionContext.Provider>
  );
}
