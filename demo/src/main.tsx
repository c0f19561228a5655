/** Entry of the demo storefront: starts preparing the shop in a worker, and renders the shell meanwhile. */
import "@candor/preact/styles.css";
import "./demo.css";
import { addMessages } from "@candor/preact";
import { locales } from "@candor/preact/locales";
import { render } from "preact";
import { App } from "./app.tsx";
import { createRouteStore } from "./router.ts";
import { createShopSession, paramsFromUrl } from "./session.ts";
import { loadPersonas, loadShop } from "./shop-data.ts";
import { connectTags } from "./tags.ts";

addMessages(locales);
const root = document.getElementById("app");
if (root) {
  performance.mark("candor:start");
  const shop = loadShop();
  const session = createShopSession(paramsFromUrl(location.search));
  connectTags(session);
  render(<App session={session} routes={createRouteStore()} />, root);
  shop.then(
    (loaded) => {
      performance.mark("candor:shop-ready");
      session.attach(loaded);
      return loadPersonas().then((personas) => session.setPersonas(personas));
    },
    (error: unknown) => session.fail(error instanceof Error ? error.message : String(error)),
  );
}
