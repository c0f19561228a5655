/** Entry of the demo storefront: starts preparing the shop in a worker, and renders the shell meanwhile. */
import "@candor/preact/styles.css";
import "./demo.css";
import { loadUiMessages } from "@candor/preact";
import { render } from "preact";
import { App } from "./app.tsx";
import { createRouteStore } from "./router.ts";
import { createShopSession, paramsFromUrl } from "./session.ts";
import { loadPersonas, loadShop } from "./shop-data.ts";
import { hasShopMessages, loadShopMessages } from "./shop-messages.ts";
import { connectTags } from "./tags.ts";

/** The components' texts of a language other than English: a chunk per language, fetched once it is used. */
const uiTexts = new Map<string, Promise<string>>();
const loadUiTexts = (locale: string) => {
  const key = locale.toLowerCase();
  const loading = uiTexts.get(key) ?? loadUiMessages(locale);
  uiTexts.set(key, loading);
  return loading;
};
/** The UI package's texts and the shop shell's texts of `locale` (a chunk per language). */
const loadTexts = (locale: string) => Promise.all([loadUiTexts(locale), loadShopMessages(locale)]);
const english = (locale: string) => locale === "en" || locale.startsWith("en-");

const root = document.getElementById("app");
if (root) {
  performance.mark("candor:start");
  const shop = loadShop();
  const session = createShopSession(paramsFromUrl(location.search));
  connectTags(session);
  const routes = createRouteStore();
  const draw = () => render(<App session={session} routes={routes} />, root);
  const first = session.store.getState().params.locale;
  if (english(first)) draw();
  else void loadTexts(first).then(draw, draw);
  // A language picked later: render again once its texts are in (components read them on render).
  session.store.subscribe(() => {
    const locale = session.store.getState().params.locale;
    if (!english(locale) && (!uiTexts.has(locale.toLowerCase()) || !hasShopMessages(locale)))
      void loadTexts(locale).then(draw, draw);
  });
  shop.then(
    (loaded) => {
      performance.mark("candor:shop-ready");
      session.attach(loaded);
      return loadPersonas().then((personas) => session.setPersonas(personas));
    },
    (error: unknown) => session.fail(error instanceof Error ? error.message : String(error)),
  );
}
