/** Entry of the demo storefront: starts preparing the shop in a worker, and renders the shell meanwhile. */
import "@candor/preact/styles.css";
import "./demo.css";
import { addMessages } from "@candor/preact";
import { render } from "preact";
import { App } from "./app.tsx";
import { createRouteStore } from "./router.ts";
import { createShopSession, paramsFromUrl } from "./session.ts";
import { loadPersonas, loadShop } from "./shop-data.ts";
import { connectTags } from "./tags.ts";

/** German, French and Spanish texts: a chunk of their own, fetched only once a language other than English is used. */
let texts: Promise<void> | null = null;
const loadTexts = () =>
  (texts ??= import("@candor/preact/locales").then((module) => addMessages(module.locales)));
const english = (locale: string) => locale === "en" || locale.startsWith("en-");

const root = document.getElementById("app");
if (root) {
  performance.mark("candor:start");
  const shop = loadShop();
  const session = createShopSession(paramsFromUrl(location.search));
  connectTags(session);
  const routes = createRouteStore();
  const draw = () => render(<App session={session} routes={routes} />, root);
  if (english(session.store.getState().params.locale)) draw();
  else void loadTexts().then(draw, draw);
  // A language picked later: render again once its texts are in (components read them on render).
  session.store.subscribe(() => {
    if (!texts && !english(session.store.getState().params.locale)) void loadTexts().then(draw, draw);
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
